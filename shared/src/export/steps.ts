import { sharedWords, type Words } from "../i18n/translate";
import { type Snapshot, type SnapshotStep, snapshotSteps } from "../snapshot";
import { type LabelledItem, snapshotItems } from "./itemLabels";

// The order every export lists a board's next steps in, the room's: the steps of each note and
// cluster where the item stands in the room's order (roomOrder.ts: each cluster, then its
// notes), then the steps of no item (or of an item no longer on the board, or not exported).
// Steps of one item keep the board's order, oldest first.

/** A step and the note or cluster it follows from (null for none). */
export type StepRow<S extends SnapshotStep = SnapshotStep> = {
  step: S;
  item: LabelledItem | null;
};

/**
 * `steps` in the order of `items` (see above), each with its item. Linear: the steps are put in
 * buckets by item id, then taken out item by item.
 */
export function stepsInItemOrder<S extends SnapshotStep>(
  steps: readonly S[],
  items: readonly LabelledItem[],
): StepRow<S>[] {
  const known = new Set(items.map((item) => item.id));
  const byItem = new Map<string, S[]>();
  const loose: S[] = [];
  for (const step of steps) {
    if (step.item === null || !known.has(step.item)) {
      loose.push(step);
      continue;
    }
    const bucket = byItem.get(step.item);
    if (bucket) bucket.push(step);
    else byItem.set(step.item, [step]);
  }
  const rows: StepRow<S>[] = [];
  for (const item of items) {
    const bucket = byItem.get(item.id);
    if (bucket === undefined) continue;
    // A note and a cluster may (from another program) share an id: the first one met has them.
    byItem.delete(item.id);
    for (const step of bucket) rows.push({ step, item });
  }
  for (const step of loose) rows.push({ step, item: null });
  return rows;
}

/** The snapshot's next steps in the room's order, each with its item and that item's label. */
export function stepRows(snapshot: Snapshot, t: Words = sharedWords()): StepRow[] {
  const steps = snapshotSteps(snapshot);
  if (steps.length === 0) return [];
  return stepsInItemOrder(steps, snapshotItems(t, snapshot));
}
