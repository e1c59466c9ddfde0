import { expect } from "vitest";
import * as Y from "yjs";
import { initBoard } from "./boardOps";
import { type BoardOpErrorCode, isBoardOpError } from "./errors";

// Helpers for the unit tests: board set-up, syncing two replicas, and checking that an
// operation was atomic.

export function newBoard(title = "Test board"): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title, createdAt: 1_700_000_000_000 });
  return doc;
}

/** A second replica of `doc`, as another laptop would hold after loading the board. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc), "remote");
  return copy;
}

/** Exchanges what each replica is missing, as the sync server would. */
export function syncDocs(a: Y.Doc, b: Y.Doc): void {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, toB, "remote");
  Y.applyUpdate(a, toA, "remote");
}

export function countTransactions(doc: Y.Doc, run: () => void): number {
  let count = 0;
  const onTransaction = () => {
    count++;
  };
  doc.on("afterTransaction", onTransaction);
  try {
    run();
  } finally {
    doc.off("afterTransaction", onTransaction);
  }
  return count;
}

/** Asserts that `run` throws a BoardOpError with `code` and leaves the document untouched. */
export function expectRejected(doc: Y.Doc, code: BoardOpErrorCode, run: () => void): void {
  const before = Y.encodeStateAsUpdate(doc);
  let caught: unknown;
  const transactions = countTransactions(doc, () => {
    try {
      run();
    } catch (error) {
      caught = error;
    }
  });
  expect(isBoardOpError(caught), `expected a BoardOpError, got ${String(caught)}`).toBe(true);
  expect(isBoardOpError(caught) && caught.code).toBe(code);
  expect(transactions).toBe(0);
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
}
