import { newId, type Snapshot } from "@roundtable/shared";
import { type Context, Hono } from "hono";
import { z } from "zod";
import { boardSnapshot } from "../exports";
import type { SnapshotRecord, Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { boardOf, sendExport } from "./boardParam";
import { apiError } from "./errors";
import { requireFacilitator } from "./facilitatorKey";
import { readJsonBody } from "./jsonBody";

const snapshotBody = z
  .object({
    name: z
      .string({ error: "name is required" })
      .trim()
      .min(1, "name is empty")
      .max(100, "name is longer than 100 characters"),
  })
  .strict();

const SNAPSHOT_ID = /^[A-Za-z0-9_-]{8,64}$/;

function listed(c: Context, snapshot: Omit<SnapshotRecord, "data">) {
  const origin = new URL(c.req.url).origin;
  return {
    id: snapshot.id,
    name: snapshot.name,
    createdAt: snapshot.createdAt,
    url: `${origin}/s/${snapshot.id}`,
  };
}

/** Taking and listing a board's snapshots: under `/api/boards`. */
export function boardSnapshotRoutes(storage: Storage, rooms: Rooms) {
  const app = new Hono();

  app.post("/:id/snapshots", async (c) => {
    const board = boardOf(c, storage);
    if (board instanceof Response) return board;
    const refused = requireFacilitator(c, board);
    if (refused) return refused;
    const body = await readJsonBody(c, snapshotBody);
    if (body instanceof Response) return body;
    // Vote totals only if revealed: whoever has the snapshot's link may read it.
    const now = Date.now();
    const id = newId();
    const snapshot = boardSnapshot(rooms, board, false, now);
    // The snapshot's link must not open the board: its exports name the snapshot, not the board.
    snapshot.board.id = id;
    const record: SnapshotRecord = {
      id,
      boardId: board.id,
      name: body.name,
      createdAt: now,
      data: JSON.stringify(snapshot),
    };
    storage.addSnapshot(record);
    return c.json(listed(c, record), 201);
  });

  app.get("/:id/snapshots", (c) => {
    const board = boardOf(c, storage);
    if (board instanceof Response) return board;
    return c.json({ snapshots: storage.listSnapshots(board.id).map((s) => listed(c, s)) });
  });

  return app;
}

function snapshotOf(c: Context, storage: Storage): SnapshotRecord | Response {
  const id = c.req.param("snapshotId") ?? "";
  if (!SNAPSHOT_ID.test(id)) return apiError(c, 400, "malformed-id", "malformed snapshot id");
  const record = storage.getSnapshot(id);
  if (!record) return apiError(c, 404, "unknown-snapshot", "no snapshot with this id");
  return record;
}

/** Reading a snapshot by its own link: under `/api/snapshots`. */
export function snapshotRoutes(storage: Storage) {
  const app = new Hono();

  app.get("/:snapshotId", (c) => {
    const record = snapshotOf(c, storage);
    if (record instanceof Response) return record;
    const others = storage
      .listSnapshots(record.boardId)
      .filter((other) => other.id !== record.id)
      .map(({ id, name, createdAt }) => ({ id, name, createdAt }));
    return c.json({
      id: record.id,
      name: record.name,
      createdAt: record.createdAt,
      snapshot: JSON.parse(record.data) as Snapshot,
      others,
    });
  });

  app.get("/:snapshotId/export", (c) => {
    const record = snapshotOf(c, storage);
    if (record instanceof Response) return record;
    return sendExport(c, () => JSON.parse(record.data) as Snapshot);
  });

  return app;
}
