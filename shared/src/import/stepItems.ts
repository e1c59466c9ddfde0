import { itemLabel, uniqueLabels } from "../export/itemLabels";
import type { ImportedStep } from "./plan";
import type { TableStep } from "./stepsTable";

// Which note or cluster a step read from the Next steps table follows from. The export names it
// in the "For" column by a label unique in the export, made from the items in the order a reader
// meets them (export/itemLabels.ts); the reader met the same items in the same order, so making
// the labels again from what it read finds the very item. A label typed by hand matches too when
// it is the item's text in other case or spacing and only one item has that text.

/** A note or cluster as read, and its text. */
export type ReadItem = { target: { ref?: string }; text: string };

function loose(label: string): string {
  return label.replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The steps as plan steps, each whose "For" names an item attached to it: the item gets a
 * `ref` ("m1", "m2" … by its place) and the step that ref as its `item`.
 */
export function attachSteps(
  steps: readonly TableStep[],
  items: readonly ReadItem[],
): ImportedStep[] {
  const labels = uniqueLabels(items.map((item) => itemLabel(item.text)));
  const exact = new Map<string, number>();
  // By loose label; -1 when two items share it.
  const byLoose = new Map<string, number>();
  labels.forEach((label, i) => {
    exact.set(label, i);
    const key = loose(label);
    byLoose.set(key, byLoose.has(key) ? -1 : i);
  });
  const find = (label: string): number | undefined => {
    const found =
      exact.get(label) ?? byLoose.get(loose(label)) ?? byLoose.get(loose(itemLabel(label)));
    return found === undefined || found < 0 ? undefined : found;
  };
  return steps.map(({ forLabel, ...step }) => {
    const index = forLabel === "" ? undefined : find(forLabel);
    const item = index === undefined ? undefined : items[index];
    if (item === undefined) return step;
    item.target.ref ??= `m${index}`;
    return { ...step, item: item.target.ref };
  });
}
