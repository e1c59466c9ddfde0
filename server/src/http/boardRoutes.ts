import { isValidBoardId, summarizeBoard } from "@roundtable/shared";
import { Hono } from "hono";
import * as Y from "yjs";
import { z } from "zod";
import { createBoard } from "../boards";
import { mergedState, type Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { apiError } from "./errors";

const createBoardBody = z
  .object({ title: z.string().trim().max(200, "title is longer than 200 characters").optional() })
  .strict();

/** Reads a board's document from its live room, or from storage when nobody is on it. */
function withBoardDoc<T>(storage: Storage, rooms: Rooms, id: string, read: (doc: Y.Doc) => T): T {
  const live = rooms.loaded(id);
  if (live?.document.isLoaded) return read(live.doc);
  const stored = storage.loadDoc(id);
  const doc = new Y.Doc();
  try {
    const state = mergedState(stored);
    if (state) Y.applyUpdate(doc, state);
    return read(doc);
  } finally {
    doc.destroy();
  }
}

export function boardRoutes(storage: Storage, rooms: Rooms) {
  const app = new Hono();

  app.post("/", async (c) => {
    const text = await c.req.text();
    let json: unknown = {};
    if (text.trim() !== "") {
      try {
        json = JSON.parse(text);
      } catch {
        return apiError(c, 400, "invalid-json", "the request body is not valid JSON");
      }
    }
    const body = createBoardBody.safeParse(json);
    if (!body.success) {
      return apiError(c, 400, "invalid-body", body.error.issues.map((i) => i.message).join("; "));
    }
    const { board, facilitatorKey } = createBoard(storage, body.data.title || "Untitled board");
    const origin = new URL(c.req.url).origin;
    return c.json(
      {
        id: board.id,
        facilitatorKey,
        joinUrl: `${origin}/b/${board.id}`,
        facilitatorUrl: `${origin}/b/${board.id}#key=${facilitatorKey}`,
        viewUrl: `${origin}/v/${board.viewToken}`,
      },
      201,
    );
  });

  app.get("/:id", (c) => {
    const id = c.req.param("id");
    if (!isValidBoardId(id)) return apiError(c, 400, "malformed-id", "malformed board id");
    const board = storage.getBoard(id);
    if (!board) return apiError(c, 404, "unknown-board", "no board with this id");
    const summary = withBoardDoc(storage, rooms, id, summarizeBoard);
    return c.json({
      id: board.id,
      createdAt: board.createdAt,
      connections: rooms.connectionCount(id),
      ...summary,
    });
  });

  return app;
}
