import { create } from "zustand";

/** What the "Add next step" form adds a step to: a note or cluster by id ("" for the board). */
export type StepTarget = { item: string; name: string };

/** Screen-only: which item's "Add next step" form is open; one form for the whole board. */
export const useAddStepTarget = create<{ target: StepTarget | null }>(() => ({ target: null }));

export function openAddStep(target: StepTarget): void {
  useAddStepTarget.setState({ target });
}

export function closeAddStep(): void {
  useAddStepTarget.setState({ target: null });
}
