import type { Snapshot } from "@roundtable/shared";
import { Hono } from "hono";
import { z } from "zod";
import type { Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { boardOf, sendExport } from "./boardParam";
import { requireFacilitator } from "./facilitatorKey";
import { readJsonBody } from "./jsonBody";
import { snapshotCapReached } from "./recordCaps";
import { snapshotOf } from "./snapshotParam";
import { restoreRoute } from "./snapshotRestoreRoute";
import { listedSnapshot as listed, takeSnapshot } from "./snapshotTaking";

const snapshotBody = z
  .object({
    name: z
      .string({ error: "name is required" })
      .trim()
      .min(1, "name is empty")
      .max(100, "name is longer than 100 characters"),
  })
  .strict();

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
    const capped = snapshotCapReached(c, storage, rooms.limits, board.id);
    if (capped) return capped;
    return c.json(listed(c, takeSnapshot(storage, rooms, board, body.name)), 201);
  });

  app.get("/:id/snapshots", (c) => {
    const board = boardOf(c, storage);
    if (board instanceof Response) return board;
    return c.json({ snapshots: storage.listSnapshots(board.id).map((s) => listed(c, s)) });
  });

  app.post("/:id/snapshots/:snapshotId/restore", restoreRoute(storage, rooms));

  return app;
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
