import {
  DEFAULT_LANGUAGE,
  defaultBoardTitleIn,
  defaultLanesIn,
  isValidBoardId,
  summarizeBoard,
} from "@roundtable/shared";
import { Hono } from "hono";
import { z } from "zod";
import { type ContinuingBoard, createBoard } from "../boards";
import { loadEarlierBoard } from "../continuing/earlierBoard";
import type { Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { boardOf } from "./boardParam";
import { apiError } from "./errors";
import { readJsonBody } from "./jsonBody";
import { languageField } from "./language";

const createBoardBody = z
  .object({
    title: z.string().trim().max(200, "title is longer than 200 characters").optional(),
    /** The language of the board's default title and lanes; English without one. */
    language: languageField,
    /** The board this one continues: its open steps, lanes and glossary come over. */
    continues: z
      .string({ error: "continues is a board id" })
      .trim()
      .refine(isValidBoardId, "continues is a board id")
      .optional(),
    /** With `continues`: the earlier board's notes come over too, into the inbox. */
    carryNotes: z.boolean({ error: "carryNotes is true or false" }).optional(),
  })
  .strict()
  .refine((body) => body.carryNotes !== true || body.continues !== undefined, {
    message: "carryNotes needs continues: the board whose notes come over",
  });

/**
 * `/api/boards`: creating a board (maybe continuing an earlier one), and reading one.
 * `joinAddresses` lists the server's addresses on the local network, for laptops in the room
 * (as a meeting's answer does).
 */
export function boardRoutes(storage: Storage, rooms: Rooms, joinAddresses: () => string[]) {
  const app = new Hono();

  app.post("/", async (c) => {
    const body = await readJsonBody(c, createBoardBody);
    if (body instanceof Response) return body;
    const language = body.language ?? DEFAULT_LANGUAGE;
    const title = body.title || defaultBoardTitleIn(language);
    let continuing: ContinuingBoard | undefined;
    if (body.continues !== undefined) {
      if (!storage.getBoard(body.continues)) {
        return apiError(c, 404, "unknown-board", "no board with this id to continue");
      }
      const earlier = loadEarlierBoard(rooms, storage, body.continues);
      const carryNotes = body.carryNotes ?? false;
      continuing = {
        continuation: { earlier, carryNotes },
        maxBoardBytes: rooms.limits.maxBoardBytes,
      };
    }
    // Without a language the lanes are the stored defaults, as before languages existed; a board
    // continuing another keeps that board's lane titles.
    const lanes = continuing
      ? continuing.continuation.earlier.lanes
      : body.language === undefined
        ? []
        : defaultLanesIn(body.language);
    const { board, facilitatorKey } = createBoard(storage, title, Date.now(), lanes, continuing);
    const origin = new URL(c.req.url).origin;
    return c.json(
      {
        id: board.id,
        title: board.title,
        joinCode: board.joinCode,
        facilitatorKey,
        joinUrl: `${origin}/b/${board.id}`,
        facilitatorUrl: `${origin}/b/${board.id}#key=${facilitatorKey}`,
        viewUrl: `${origin}/v/${board.viewToken}`,
      },
      201,
    );
  });

  app.get("/:id", (c) => {
    const board = boardOf(c, storage);
    if (board instanceof Response) return board;
    const id = board.id;
    const summary = rooms.read(id, summarizeBoard);
    return c.json({
      id: board.id,
      // Whoever holds the board id may already write to it; the view link only reads.
      viewUrl: `${new URL(c.req.url).origin}/v/${board.viewToken}`,
      createdAt: board.createdAt,
      connections: rooms.connectionCount(id),
      ...summary,
      joinCode: board.joinCode,
      joinAddresses: joinAddresses(),
    });
  });

  return app;
}
