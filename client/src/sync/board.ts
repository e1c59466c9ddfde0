import {
  type BoardState,
  readBoard,
  readTrash,
  type TrashEntry,
  trashMap,
} from "@roundtable/shared";
import type * as Y from "yjs";

/** Calls `listener` with the whole board now and after every change, local or remote. */
export function watchBoard(doc: Y.Doc, listener: (board: BoardState) => void): () => void {
  const changed = () => listener(readBoard(doc));
  doc.on("afterTransaction", changed);
  changed();
  return () => doc.off("afterTransaction", changed);
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
