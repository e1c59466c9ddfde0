import { type BoardState, readTrash, type TrashEntry, trashMap } from "@roundtable/shared";
import type * as Y from "yjs";
import { followBoard } from "./boardReader";

/**
 * Calls `listener` with the whole board now and after every change, local or remote, that
 * changed what the board shows; unchanged notes, clusters and lanes stay the same objects.
 */
export function watchBoard(doc: Y.Doc, listener: (board: BoardState) => void): () => void {
  return followBoard(doc, (change) => listener(change.board));
}

/**
 * Runs several operations as one transaction with this person's origin, so everyone sees them
 * land together and one Undo takes them all back.
 */
export function inOneStep<T>(doc: Y.Doc, body: () => T): T {
  let result: T | undefined;
  doc.transact(() => {
    result = body();
  }, "local");
  return result as T;
}

/** Calls `listener` with the board's deleted notes now and whenever the trash changes. */
export function watchTrash(doc: Y.Doc, listener: (trash: TrashEntry[]) => void): () => void {
  const trash = trashMap(doc);
  const changed = () => listener(readTrash(doc));
  trash.observe(changed);
  changed();
  return () => trash.unobserve(changed);
}
