import { initBoard } from "@roundtable/shared";
import * as Y from "yjs";

// Real documents for the state tests, which may not import Yjs themselves.

/** A new board document with the default lanes. */
export function newBoardDoc(): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: "Test board", createdAt: 1_700_000_000_000 });
  return doc;
}

/** A second replica of `doc`, as another laptop would hold after loading the board. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  sendChanges(doc, copy);
  return copy;
}

/** Sends what `to` is missing of `from`, as the sync server would. */
export function sendChanges(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), "remote");
}

/** Runs `body` as one local transaction. */
export function inTransaction(doc: Y.Doc, body: () => void): void {
  doc.transact(body, "local");
}
