import { isValidBoardId, summarizeBoard } from "@roundtable/shared";
import { type Context, Hono } from "hono";
import { boardSnapshot } from "../exports";
import type { BoardRecord, Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { sendExport } from "./boardParam";
import { apiError } from "./errors";

function boardOfView(c: Context, storage: Storage): BoardRecord | Response {
  const token = c.req.param("token") ?? "";
  if (!isValidBoardId(token)) return apiError(c, 400, "malformed-token", "malformed view token");
  const board = storage.getBoardByViewToken(token);
  if (!board) return apiError(c, 404, "unknown-view", "no board has this view link");
  return board;
}

/**
 * What a view link may read, under `/api/view`: never the board id, never hidden votes. It does
 * get the board's join code and the server's addresses on the room's network: a view link is
 * what the projector shows, and latecomers join from what the room sees.
 */
export function viewRoutes(
  storage: Storage,
  rooms: Rooms,
  joinAddresses: () => string[] = () => [],
) {
  const app = new Hono();

  app.get("/:token", (c) => {
    const board = boardOfView(c, storage);
    if (board instanceof Response) return board;
    return c.json({
      title: rooms.read(board.id, (doc) => summarizeBoard(doc).title),
      joinCode: board.joinCode,
      joinAddresses: joinAddresses(),
    });
  });

  // A projector or guest takes the results home too; the file names the view link, not the board.
  app.get("/:token/export", (c) => {
    const board = boardOfView(c, storage);
    if (board instanceof Response) return board;
    return sendExport(c, () => {
      const snapshot = boardSnapshot(rooms, board, false);
      snapshot.board.id = board.viewToken;
      return snapshot;
    });
  });

  return app;
}
