import type { BoardStore } from "./boardStore";

/**
 * Selector for `useBoardStore(selectNotesByAuthor)`: participant id → number of notes. The
 * bridge keeps the same object while the counts stay the same, so typing re-renders nothing.
 */
export function selectNotesByAuthor(
  state: Pick<BoardStore, "notesByAuthor">,
): Record<string, number> {
  return state.notesByAuthor;
}

/**
 * Selector for `useBoardStore(selectPriorVotes)`: votes carried over by an import, which the
 * exports count with the live ones; the same object while they stay the same.
 */
export function selectPriorVotes(state: Pick<BoardStore, "priorVotes">): Record<string, number> {
  return state.priorVotes;
}
