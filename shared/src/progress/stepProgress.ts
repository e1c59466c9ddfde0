import { isOverdue, type Step } from "../steps/step";

// Where the steps a board carried over stand now: done, still open, or open past their date.
// The three lists part the steps: an overdue step is not listed again as open.

/** A step as progress names it. */
export type StepRef = { id: string; text: string; owner: string; due: string };

export type StepLists = { done: StepRef[]; open: StepRef[]; overdue: StepRef[] };

export type StepCounts = { done: number; open: number; overdue: number };

type StepState = keyof StepLists;

/** Done; open past its date on `today` (`YYYY-MM-DD`); or open. */
export function stepState(step: Step, today: string): StepState {
  if (step.done) return "done";
  return isOverdue(step, today) ? "overdue" : "open";
}

/** The steps carried from board `from`, in the order given, by where they stand on `today`. */
export function carriedSteps(steps: readonly Step[], from: string, today: string): StepLists {
  const lists: StepLists = { done: [], open: [], overdue: [] };
  for (const step of steps) {
    if (step.carriedFrom !== from) continue;
    const { id, text, owner, due } = step;
    lists[stepState(step, today)].push({ id, text, owner, due });
  }
  return lists;
}

/** How many of a board's steps are done, open and overdue on `today`. */
export function countSteps(steps: readonly Step[], today: string): StepCounts {
  const counts: StepCounts = { done: 0, open: 0, overdue: 0 };
  for (const step of steps) counts[stepState(step, today)] += 1;
  return counts;
}
