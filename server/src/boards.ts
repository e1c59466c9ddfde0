import { initBoard, newId, renameLane } from "@roundtable/shared";
import * as Y from "yjs";
import { hashKey, newFacilitatorKey } from "./auth";
import { newJoinCode } from "./meetings/joinCodes";
import {
  type BoardRecord,
  JoinCodeTaken,
  type Storage,
  type TemplateLane,
} from "./storage/storage";

export type CreatedBoard = { board: BoardRecord; facilitatorKey: string };

/** How often a board's creation draws a new join code after a clash before it gives up. */
export const JOIN_CODE_ATTEMPTS = 5;

/**
 * A board's record and its first stored state: default lanes, renamed as `lanes` says. A
 * meeting's group board is given its group's `joinCode`; any other board draws its own.
 */
export function newBoard(
  title: string,
  facilitatorKeyHash: string,
  now: number,
  lanes: readonly TemplateLane[] = [],
  joinCode = newJoinCode(),
): { board: BoardRecord; initialState: Uint8Array } {
  const board: BoardRecord = {
    id: newId(),
    title,
    createdAt: now,
    facilitatorKeyHash,
    viewToken: newId(),
    joinCode,
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

/**
 * Creates a board with its default lanes stored, so every client starts from the same lanes,
 * renamed as `lanes` says (a board created in Spanish: `defaultLanesIn("es")`). A join code
 * that clashes with one in use (rare: 887 million codes) is drawn again.
 */
export function createBoard(
  storage: Storage,
  title: string,
  now = Date.now(),
  lanes: readonly TemplateLane[] = [],
): CreatedBoard {
  const facilitatorKey = newFacilitatorKey();
  for (let attempt = 1; ; attempt++) {
    const { board, initialState } = newBoard(title, hashKey(facilitatorKey), now, lanes);
    try {
      storage.createBoard(board, initialState);
      return { board, facilitatorKey };
    } catch (error) {
      if (!(error instanceof JoinCodeTaken) || attempt >= JOIN_CODE_ATTEMPTS) throw error;
    }
  }
}
