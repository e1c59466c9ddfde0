import { getConnInfo } from "@hono/node-server/conninfo";
import { readBoardTitle } from "@roundtable/shared";
import { type Context, Hono } from "hono";
import type { BoardReader } from "../exports";
import { GuessLimiter } from "../meetings/guessLimiter";
import { normalizeJoinCode } from "../meetings/joinCodes";
import type { Storage } from "../storage/storage";
import { apiError } from "./errors";

/**
 * `/api/join/:code`: the board a short join code stands for, a meeting group's or a board's
 * own, with the board's title as it is now. `group` and `meetingTitle` are empty for a board
 * outside a meeting.
 */
export function joinRoutes(
  storage: Storage,
  boards: Pick<BoardReader, "read">,
  limiter = new GuessLimiter(),
) {
  const app = new Hono();

  app.get("/:code", (c) => {
    const address = clientAddress(c);
    const code = normalizeJoinCode(c.req.param("code"));
    if (!code) {
      return apiError(c, 400, "malformed-code", "a join code is 6 letters and digits, like K7QM2X");
    }
    const waitMs = limiter.waitFor(address, code);
    if (waitMs > 0) {
      c.header("Retry-After", String(Math.ceil(waitMs / 1000)));
      return apiError(c, 429, "too-many-codes", "too many wrong join codes; wait a minute");
    }
    const group = storage.groupByJoinCode(code);
    const board = storage.getBoardByJoinCode(code);
    const boardId = group?.boardId ?? board?.id;
    if (!boardId) {
      limiter.wrongGuess(address, code);
      return apiError(c, 404, "unknown-code", "no board or group has this join code");
    }
    const meeting = group ? storage.getMeeting(group.meetingId) : undefined;
    return c.json({
      code,
      boardId,
      title: boards.read(boardId, readBoardTitle),
      group: group?.name ?? "",
      meetingTitle: meeting?.title ?? "",
      joinUrl: `${new URL(c.req.url).origin}/b/${boardId}`,
    });
  });

  return app;
}

/** The peer's address; requests made in-process (tests) have none and share one window. */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
