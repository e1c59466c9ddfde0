import {
  printableGlossary,
  printableSteps,
  type Snapshot,
  type SnapshotStep,
} from "@roundtable/shared";
import { currentLanguage } from "../i18n/i18n";

// The printable page's last pages: the board's next steps, in the room's order of the notes and
// clusters they follow from (then the steps of no item), and its glossary. A snapshot stored
// before boards had either has neither: both read as empty, and the pages are left out.

/** A next step as the printable page lists it. */
export type PrintStep = Pick<SnapshotStep, "id" | "text" | "owner" | "due" | "measure" | "done"> & {
  /** The text of the note or cluster it follows from; null for a step of no item. */
  itemText: string | null;
};

export type PrintTerm = { term: string; meaning: string };

/**
 * The snapshot's next steps as the printable page lists them: in the room's order of their
 * items, then those of no item or of an item no longer on the board (shared's
 * `printableSteps`, which every export's order follows), each with its item's text.
 */
export function printSteps(snapshot: Snapshot): PrintStep[] {
  return printableSteps(snapshot, currentLanguage()).flatMap(({ step, item }) => {
    if (step.text.trim() === "") return [];
    const { id, text, owner, due, measure, done } = step;
    return [{ id, text, owner, due, measure, done, itemText: item?.text ?? null }];
  });
}

/** The snapshot's defined terms, alphabetically as the export keeps them. */
export function printGlossary(snapshot: Snapshot): PrintTerm[] {
  return printableGlossary(snapshot).flatMap(({ term, meaning }) =>
    term.trim() ? [{ term: term.trim(), meaning: meaning.trim() }] : [],
  );
}
