import { isBoardOpError, restoreSnapshot, sharedWords } from "@roundtable/shared";
import type { Context } from "hono";
import type { Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { boardOf } from "./boardParam";
import { apiError } from "./errors";
import { requireFacilitator } from "./facilitatorKey";
import { requestLanguage } from "./language";
import { snapshotCapReached } from "./recordCaps";
import { snapshotOf } from "./snapshotParam";
import { listedSnapshot, requestClockTime, snapshotOfBoard } from "./snapshotTaking";

/**
 * `POST /api/boards/:id/snapshots/:snapshotId/restore`: the facilitator puts the board back the
 * way a snapshot shows it. First a snapshot of the board as it stands ("Before restore HH:MM",
 * in the request's `tz` and `lang`: "Antes de restaurar HH:MM"), so the restore itself can be
 * undone by restoring that one; then one transaction in the live room, stored and on every
 * laptop at once.
 */
export function restoreRoute(storage: Storage, rooms: Rooms) {
  return (c: Context) => {
    const board = boardOf(c, storage);
    if (board instanceof Response) return board;
    const refused = requireFacilitator(c, board);
    if (refused) return refused;
    const record = snapshotOf(c, storage);
    if (record instanceof Response) return record;
    if (record.boardId !== board.id) {
      return apiError(c, 404, "unknown-snapshot", "no snapshot with this id on this board");
    }
    const now = Date.now();
    const time = requestClockTime(c, now);
    if (time instanceof Response) return time;
    const language = requestLanguage(c);
    if (language instanceof Response) return language;
    const capped = snapshotCapReached(c, storage, rooms.limits, board.id, now);
    if (capped) return capped;
    const snapshot: unknown = JSON.parse(record.data);
    // Stored only once the restore went in (a board over its size cap refuses it with 413).
    const name = sharedWords(language)("snapshots.beforeRestore", { time });
    const before = snapshotOfBoard(rooms, board, name, now);
    let restored: ReturnType<typeof restoreSnapshot>;
    try {
      restored = rooms.changeBoard(board.id, (doc) =>
        restoreSnapshot(doc, snapshot, { now }, "server"),
      );
    } catch (error) {
      if (!isBoardOpError(error)) throw error;
      return apiError(c, 400, "invalid-snapshot", error.message);
    }
    storage.addSnapshot(before);
    return c.json({ restored, before: listedSnapshot(c, before) });
  };
}
