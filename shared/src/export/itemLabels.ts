import type { Words } from "../i18n/translate";
import type { SnapshotCluster, SnapshotLane, SnapshotNote } from "../snapshot";
import { type RoomLane, roomOrder } from "./roomOrder";

// How the Markdown export names the note or cluster a next step follows from, in its table's
// "For" column, so that a reader knows it at a glance and the importer attaches the step to the
// same item again, without ids that would clutter an email:
//
// - a label is the item's text (a cluster's title, "Untitled cluster" for none) on one line,
//   shortened to MAX_ITEM_LABEL characters with "…";
// - labels are made unique over the whole export in the order a reader meets the items (each
//   cluster, then its notes, lane by lane in the room's order): the second "Fix the doors"
//   becomes "Fix the doors (2)".
//
// The importer meets the same items in the same order (it reads the lanes above the table), so
// computing the labels again from what it read gives each label the same item.

/** Longest label, in characters (code points), before its "…". */
export const MAX_ITEM_LABEL = 60;

/** An item's text as one short line (see above). */
export function itemLabel(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(line);
  if (chars.length <= MAX_ITEM_LABEL) return line;
  return `${chars.slice(0, MAX_ITEM_LABEL).join("").trimEnd()}…`;
}

/**
 * The labels made unique in order: a label met before gets " (2)", " (3)", … (the first such
 * not yet used). Linear: each label's next number is remembered.
 */
export function uniqueLabels(labels: readonly string[]): string[] {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return labels.map((label) => {
    let unique = label;
    if (used.has(unique)) {
      let n = next.get(label) ?? 2;
      while (used.has(`${label} (${n})`)) n++;
      unique = `${label} (${n})`;
      next.set(label, n + 1);
    }
    used.add(unique);
    return unique;
  });
}

/** A note or cluster as the "For" column names it. */
export type LabelledItem = {
  kind: "cluster" | "note";
  id: string;
  /** The note's text or the cluster's title, as on the board. */
  text: string;
  /** Unique in the export. */
  label: string;
};

/** A cluster's title as the exports show it: never empty. */
export function clusterText(t: Words, cluster: Pick<SnapshotCluster, "title">): string {
  return cluster.title.trim() === "" ? t("export.untitledCluster") : cluster.title;
}

/** The items of the lanes in the order a reader meets them, each with its unique label. */
export function labelledItems(t: Words, lanes: readonly RoomLane<SnapshotLane>[]): LabelledItem[] {
  const items: Omit<LabelledItem, "label">[] = [];
  const note = (n: SnapshotNote) => items.push({ kind: "note", id: n.id, text: n.text });
  for (const { items: laneItems } of lanes) {
    for (const item of laneItems) {
      if (item.kind === "note") note(item.note);
      else {
        const { id } = item.cluster;
        items.push({ kind: "cluster", id, text: clusterText(t, item.cluster) });
        item.notes.forEach(note);
      }
    }
  }
  const labels = uniqueLabels(items.map((item) => itemLabel(item.text)));
  return items.map((item, i) => ({ ...item, label: labels[i] ?? "" }));
}

/** The snapshot's items as `labelledItems` gives them, in the room's order. */
export function snapshotItems(
  t: Words,
  snapshot: { lanes: readonly SnapshotLane[] },
): LabelledItem[] {
  return labelledItems(t, roomOrder<SnapshotLane>(snapshot.lanes));
}
