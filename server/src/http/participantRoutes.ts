import { RECORD_ID_PATTERN } from "@roundtable/shared";
import { Hono } from "hono";
import { z } from "zod";
import { bearerToken } from "../auth";
import { participantFromToken, registerParticipant } from "../participants";
import type { Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { boardOf } from "./boardParam";
import { apiError } from "./errors";
import { readJsonBody } from "./jsonBody";
import { participantCapReached } from "./recordCaps";

const name = z
  .string({ error: "name is required" })
  .trim()
  .min(1, "name is empty")
  .max(60, "name is longer than 60 characters");

const participantBody = z
  .object({
    name,
    id: z
      .string()
      .regex(RECORD_ID_PATTERN, "id must be 1 to 64 letters, digits, '-' or '_'")
      .optional(),
  })
  .strict();

const renameBody = z.object({ name }).strict();

/**
 * `/api/boards/:id/participants`: joining a board under a name, and changing that name. The
 * roster in the board's control document follows at once, for everyone on the board.
 */
export function participantRoutes(storage: Storage, rooms: Rooms) {
  const app = new Hono();

  app.post("/:id/participants", async (c) => {
    const board = boardOf(c, storage);
    if (board instanceof Response) return board;
    const id = board.id;
    const body = await readJsonBody(c, participantBody);
    if (body instanceof Response) return body;
    const full = participantCapReached(c, storage, rooms.limits, id);
    if (full) return full;
    const registered = registerParticipant(storage, id, body.name, body.id);
    if (!registered) {
      return apiError(
        c,
        409,
        "participant-exists",
        "this participant id is taken; join without one",
      );
    }
    const { participant, token } = registered;
    rooms.controls.addPerson(id, participant.id, participant.name);
    return c.json({ participantId: participant.id, name: participant.name, token }, 201);
  });

  // Only the participant renames themself: their token, as joining handed it out, says who.
  app.patch("/:id/participants/:participantId", async (c) => {
    const board = boardOf(c, storage);
    if (board instanceof Response) return board;
    const token = bearerToken(c.req.header("authorization"));
    if (token === undefined) {
      return apiError(
        c,
        401,
        "participant-token-required",
        "send the participant's token as `Authorization: Bearer <token>`",
      );
    }
    const participant = storage.getParticipant(board.id, c.req.param("participantId"));
    if (!participant) {
      return apiError(c, 404, "unknown-participant", "this board has no such participant");
    }
    if (participantFromToken(storage, board.id, token)?.id !== participant.id) {
      return apiError(c, 403, "wrong-participant-token", "this token is not this participant's");
    }
    const body = await readJsonBody(c, renameBody);
    if (body instanceof Response) return body;
    storage.renameParticipant(board.id, participant.id, body.name);
    // Notes keep their author id; the roster maps it to the new name, live on every laptop.
    rooms.controls.addPerson(board.id, participant.id, body.name);
    return c.json({ participantId: participant.id, name: body.name });
  });

  return app;
}
