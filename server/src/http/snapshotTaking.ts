import { newId } from "@roundtable/shared";
import type { Context } from "hono";
import { boardSnapshot } from "../exports";
import type { BoardRecord, SnapshotRecord, Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { apiError } from "./errors";

/** How a snapshot is listed in answers: its link is built from the request's own origin. */
export function listedSnapshot(c: Context, snapshot: Omit<SnapshotRecord, "data">) {
  const origin = new URL(c.req.url).origin;
  return {
    id: snapshot.id,
    name: snapshot.name,
    createdAt: snapshot.createdAt,
    url: `${origin}/s/${snapshot.id}`,
  };
}

/**
 * A frozen copy of the board as it stands, named `name`, not stored yet. Vote totals only if
 * revealed: whoever has the snapshot's link may read it. The copy's `board.id` is its own id,
 * since its link must not open the board.
 */
export function snapshotOfBoard(
  rooms: Rooms,
  board: BoardRecord,
  name: string,
  now = Date.now(),
): SnapshotRecord {
  const id = newId();
  const snapshot = boardSnapshot(rooms, board, false, now);
  snapshot.board.id = id;
  return { id, boardId: board.id, name, createdAt: now, data: JSON.stringify(snapshot) };
}

/** Takes and stores a snapshot of the board. */
export function takeSnapshot(
  storage: Storage,
  rooms: Rooms,
  board: BoardRecord,
  name: string,
  now = Date.now(),
): SnapshotRecord {
  const record = snapshotOfBoard(rooms, board, name, now);
  storage.addSnapshot(record);
  return record;
}

/**
 * `HH:MM` of `now` in the IANA time zone `timeZone` (UTC when absent), for the names of the
 * snapshots taken before an import or a restore; null for a zone the runtime does not know.
 */
export function clockTime(now: number, timeZone: string | undefined): string | null {
  try {
    const parts = new Intl.DateTimeFormat("en-GB", {
      timeZone: timeZone === undefined || timeZone === "" ? "UTC" : timeZone,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(new Date(now));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
    return `${part("hour")}:${part("minute")}`;
  } catch {
    return null;
  }
}

/** `clockTime` for the request's `tz`, or the `400` answer when it names no time zone. */
export function requestClockTime(c: Context, now: number): string | Response {
  const time = clockTime(now, c.req.query("tz"));
  if (time !== null) return time;
  return apiError(c, 400, "unknown-time-zone", "tz must be an IANA time zone, e.g. Europe/Paris");
}
