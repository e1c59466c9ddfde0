import type { Context } from "hono";
import type { SnapshotRecord, Storage } from "../storage/storage";
import { apiError } from "./errors";

const SNAPSHOT_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The snapshot named by the `:snapshotId` parameter, or the 400 or 404 to answer. */
export function snapshotOf(c: Context, storage: Storage): SnapshotRecord | Response {
  const id = c.req.param("snapshotId") ?? "";
  if (!SNAPSHOT_ID.test(id)) return apiError(c, 400, "malformed-id", "malformed snapshot id");
  const record = storage.getSnapshot(id);
  if (!record) return apiError(c, 404, "unknown-snapshot", "no snapshot with this id");
  return record;
}
