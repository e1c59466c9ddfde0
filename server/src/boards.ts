import { initBoard, newId } from "@roundtable/shared";
import * as Y from "yjs";
import { hashKey, newFacilitatorKey } from "./auth";
import type { BoardRecord, Storage } from "./storage/storage";

export type CreatedBoard = { board: BoardRecord; facilitatorKey: string };

/** Creates a board with its default lanes stored, so every client starts from the same lanes. */
export function createBoard(storage: Storage, title: string, now = Date.now()): CreatedBoard {
  const facilitatorKey = newFacilitatorKey();
  const board: BoardRecord = {
    id: newId(),
    title,
    createdAt: now,
    facilitatorKeyHash: hashKey(facilitatorKey),
    viewToken: newId(),
  };
  const doc = new Y.Doc();
  initBoard(doc, { title, createdAt: now }, "server");
  storage.createBoard(board, Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return { board, facilitatorKey };
}
