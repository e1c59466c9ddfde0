import { printableLanes, type Snapshot, snapshotGlossary, snapshotSteps } from "@roundtable/shared";
import { t } from "../i18n/i18n";

// The printable page's last pages: the board's next steps, in the room's order of the notes and
// clusters they follow from (then the steps of no item), and its glossary. A snapshot stored
// before boards had either has neither: both read as empty, and the pages are left out.

/** A next step as the printable page lists it. */
export type PrintStep = {
  id: string;
  text: string;
  owner: string;
  /** `YYYY-MM-DD` or "". */
  due: string;
  measure: string;
  done: boolean;
  /** The text of the note or cluster it follows from; null for a step of no item. */
  itemText: string | null;
};

export type PrintTerm = { term: string; meaning: string };

/** Each item's place in the room's order and its text, by note or cluster id. */
function itemsInRoomOrder(snapshot: Snapshot): Map<string, { at: number; text: string }> {
  const items = new Map<string, { at: number; text: string }>();
  const add = (id: string, itemText: string) => {
    if (!items.has(id)) items.set(id, { at: items.size, text: itemText });
  };
  for (const { items: laneItems } of printableLanes(snapshot)) {
    for (const item of laneItems) {
      if (item.kind === "note") add(item.note.id, item.note.text);
      else {
        add(item.cluster.id, item.cluster.title.trim() || t("snapshot:untitledCluster"));
        for (const note of item.notes) add(note.id, note.text);
      }
    }
  }
  return items;
}

/**
 * The snapshot's next steps, in the room's order of their items (a step keeps its place among
 * those of the same item), then those of no item or of an item no longer on the board.
 */
export function printSteps(snapshot: Snapshot): PrintStep[] {
  const items = itemsInRoomOrder(snapshot);
  const steps = snapshotSteps(snapshot)
    .filter((step) => step.text.trim() !== "")
    .map((step) => {
      const item = step.item === null ? undefined : items.get(step.item);
      const { id, text, owner, due, measure, done } = step;
      return {
        at: item?.at ?? Number.POSITIVE_INFINITY,
        step: { id, text, owner, due, measure, done, itemText: item?.text ?? null },
      };
    });
  // Array sort is stable: steps of one item keep the snapshot's order (oldest first).
  return steps.sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1)).map(({ step }) => step);
}

/** The snapshot's defined terms, alphabetically as the export keeps them. */
export function printGlossary(snapshot: Snapshot): PrintTerm[] {
  return snapshotGlossary(snapshot).flatMap(({ term, meaning }) =>
    term.trim() && meaning.trim() ? [{ term: term.trim(), meaning: meaning.trim() }] : [],
  );
}
