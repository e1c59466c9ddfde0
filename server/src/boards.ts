import { initBoard, newId, renameLane } from "@roundtable/shared";
import * as Y from "yjs";
import { hashKey, newFacilitatorKey } from "./auth";
import { type Continuation, carryOver, checkFirstStateFits } from "./continuing/carryOver";
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
 * meeting's group board is given its group's `joinCode`; any other board draws its own. A board
 * that continues another takes that board's open steps, glossary and, when asked, its notes
 * (see `carryOver`; its lanes come through `lanes`).
 */
export function newBoard(
  title: string,
  facilitatorKeyHash: string,
  now: number,
  lanes: readonly TemplateLane[] = [],
  joinCode = newJoinCode(),
  continuation?: Continuation,
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
  if (continuation) carryOver(doc, continuation);
  const initialState = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { board, initialState };
}

/** A board that continues another, and the board cap its first state must fit under. */
export type ContinuingBoard = { continuation: Continuation; maxBoardBytes: number };

/**
 * Creates a board with its default lanes stored, so every client starts from the same lanes,
 * renamed as `lanes` says (a board created in Spanish: `defaultLanesIn("es")`). A join code
 * that clashes with one in use (rare: 887 million codes) is drawn again. A board continuing
 * another whose copy would pass the board cap throws ContinuedBoardTooBig, and nothing is stored.
 */
export function createBoard(
  storage: Storage,
  title: string,
  now = Date.now(),
  lanes: readonly TemplateLane[] = [],
  continuing?: ContinuingBoard,
): CreatedBoard {
  const facilitatorKey = newFacilitatorKey();
  const continuation = continuing?.continuation;
  for (let attempt = 1; ; attempt++) {
    const { board, initialState } = newBoard(
      title,
      hashKey(facilitatorKey),
      now,
      lanes,
      undefined,
      continuation,
    );
    if (continuing)
      checkFirstStateFits(continuing.continuation, initialState, continuing.maxBoardBytes);
    try {
      storage.createBoard(board, initialState);
      return { board, facilitatorKey };
    } catch (error) {
      if (!(error instanceof JoinCodeTaken) || attempt >= JOIN_CODE_ATTEMPTS) throw error;
    }
  }
}
