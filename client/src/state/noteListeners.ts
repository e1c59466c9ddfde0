import { useCallback, useSyncExternalStore } from "react";
import { type BoardNote, useBoardStore } from "./boardStore";
import { keyedListeners } from "./keyedListeners";

/**
 * Each note card's view of its own record, told by id. Through `useBoardStore` every card's
 * selector would run on each change of the board, a keystroke included: 2,000 cards, 2,000
 * checks. Here one listener on the store calls only the cards whose note changed: the ones the
 * bridge names (`hintChangedNotes`), or, after a change it did not name, the cards whose record
 * is no longer the same object.
 */
const byNote = keyedListeners();
let hint: readonly string[] | null = null;

/** The notes the next change of the store replaces, and no others (the bridge's patch). */
export function hintChangedNotes(ids: readonly string[]): void {
  hint = ids;
}

useBoardStore.subscribe((state, previous) => {
  const named = hint;
  hint = null;
  if (state.notes === previous.notes) return;
  const changed = named ?? [...byNote.keys()];
  for (const id of changed) if (state.notes[id] !== previous.notes[id]) byNote.notify(id);
});

/** Calls `listener` whenever note `id` changes; answers the unsubscribing. */
export function subscribeNote(id: string, listener: () => void): () => void {
  return byNote.subscribe(id, listener);
}

/** The note `id` as the board shows it; re-renders only when that note changes. */
export function useNote(id: string): BoardNote | undefined {
  const subscribe = useCallback((listener: () => void) => subscribeNote(id, listener), [id]);
  return useSyncExternalStore(subscribe, () => useBoardStore.getState().notes[id]);
}
