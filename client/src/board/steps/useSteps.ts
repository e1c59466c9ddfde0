import type { Step } from "@roundtable/shared";
import { useControlStore } from "../../state/controlStore";
import { useStepsStore } from "../../state/stepsStore";
import { mayAddSteps } from "./stepRules";
import { stepsByItem } from "./stepView";

const noSteps: readonly Step[] = [];

/** Whether an item has next steps: one lookup per card, whatever the board's size. */
export function useHasSteps(item: string): boolean {
  return useStepsStore((s) => stepsByItem(s.steps).has(item));
}

/** An item's steps, the same array while they are unchanged. */
export function useStepsOf(item: string): readonly Step[] {
  return useStepsStore((s) => stepsByItem(s.steps).get(item) ?? noSteps);
}

/** Whether this screen offers "Add next step" now (`mayAddSteps`). */
export function useMayAddSteps(): boolean {
  return useControlStore((s) => mayAddSteps(s.role, s.control));
}
