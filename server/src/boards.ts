import { initBoard, newId, renameLane } from "@roundtable/shared";
import * as Y from "yjs";
import { hashKey, newFacilitatorKey } from "./auth";
import type { BoardRecord, Storage, TemplateLane } from "./storage/storage";

export type CreatedBoard = { board: BoardRecord; facilitatorKey: string };

/** A board's record and its first stored state: default lanes, renamed as `lanes` says. */
export function newBoard(
  title: string,
  facilitatorKeyHash: string,
  now: number,
  lanes: readonly TemplateLane[] = [],
): { board: BoardRecord; initialState: Uint8Array } {
  const board: BoardRecord = {
    id: newId(),
    title,
    createdAt: now,
    facilitatorKeyHash,
    viewToken: newId(),
  };
  const doc = new Y.Doc();
  initBoard(doc, { title, createdAt: now }, "server");
  for (const lane of lanes) {
    renameLane(doc, lane.id, { title: lane.title, subtitle: lane.subtitle }, "server");
  }
  const initialState = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { board, initialState };
}

/** Creates a board with its default lanes stored, so every client starts from the same lanes. */
export function createBoard(storage: Storage, title: string, now = Date.now()): CreatedBoard {
  const facilitatorKey = newFacilitatorKey();
  const { board, initialState } = newBoard(title, hashKey(facilitatorKey), now);
  storage.createBoard(board, initialState);
  return { board, facilitatorKey };
}
