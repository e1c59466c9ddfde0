import {
  boardProgress,
  controlDocName,
  dayIn,
  followContinues,
  isValidBoardId,
  META_FIELDS,
  metaMap,
  type Progress,
  type ProgressBoard,
  readControl,
  readSteps,
  snapshotBoard,
} from "@roundtable/shared";
import { Hono } from "hono";
import type { BoardRecord, Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { boardOf } from "./boardParam";
import { timeZoneOf } from "./timeZoneParam";

/**
 * One board as progress reads it, from its live room or from storage like an export, its
 * votes (`withVotes`) only once revealed; null when there is no such board.
 */
function readProgressBoard(
  rooms: Rooms,
  record: BoardRecord | undefined,
  withVotes: boolean,
  now: number,
): { board: ProgressBoard; continues: string | null } | null {
  if (!record) return null;
  const { id } = record;
  const totals = withVotes ? rooms.read(controlDocName(id), readControl).totals : null;
  return rooms.read(id, (doc) => {
    const named = metaMap(doc).get(META_FIELDS.continues);
    const continues = isValidBoardId(named) ? named : null;
    const snapshot = snapshotBoard(doc, { boardId: id, totals, names: {}, now });
    return {
      board: { id, createdAt: record.createdAt, continues, snapshot, steps: readSteps(doc) },
      continues,
    };
  });
}

/**
 * What changed since the board `board` continues, on today's date in `timeZone`: the progress
 * route's answer and the board export's "Since last time" section.
 */
export function progressOf(
  storage: Storage,
  rooms: Rooms,
  board: BoardRecord,
  timeZone: string,
  now = Date.now(),
): Progress {
  // This board and the one it continues are compared, votes and all; the rest are counted.
  const chain = followContinues(board.id, (id, position) =>
    readProgressBoard(rooms, position === 0 ? board : storage.getBoard(id), position < 2, now),
  );
  return boardProgress(chain, dayIn(timeZone, now));
}

/** `GET /api/boards/:id/progress[?tz=<zone>]`: since the board this one continues. */
export function progressRoutes(storage: Storage, rooms: Rooms) {
  const app = new Hono();

  // Open to anyone with the board id, like the export: votes show only once revealed.
  app.get("/:id/progress", (c) => {
    const board = boardOf(c, storage);
    if (board instanceof Response) return board;
    const timeZone = timeZoneOf(c);
    if (timeZone instanceof Response) return timeZone;
    return c.json(progressOf(storage, rooms, board, timeZone));
  });

  return app;
}
