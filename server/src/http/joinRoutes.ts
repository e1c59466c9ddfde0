import { Hono } from "hono";
import { normalizeJoinCode } from "../meetings/joinCodes";
import type { Storage } from "../storage/storage";
import { apiError } from "./errors";

/** `/api/join/:code`: the group board a short join code stands for. */
export function joinRoutes(storage: Storage) {
  const app = new Hono();

  app.get("/:code", (c) => {
    const code = normalizeJoinCode(c.req.param("code"));
    if (!code) {
      return apiError(c, 400, "malformed-code", "a join code is 6 letters and digits, like K7QM2X");
    }
    const group = storage.groupByJoinCode(code);
    if (!group) return apiError(c, 404, "unknown-code", "no group has this join code");
    const meeting = storage.getMeeting(group.meetingId);
    return c.json({
      code,
      boardId: group.boardId,
      group: group.name,
      meetingTitle: meeting?.title ?? "",
      joinUrl: `${new URL(c.req.url).origin}/b/${group.boardId}`,
    });
  });

  return app;
}
