import type { Context } from "hono";
import type { Limits } from "../limits";
import type { Storage } from "../storage/storage";
import { apiError } from "./errors";

const HOUR_MS = 60 * 60 * 1000;

type CapLimits = Pick<
  Limits,
  "maxParticipantsPerBoard" | "maxSnapshotsPerBoard" | "maxSnapshotsPerHour"
>;

/**
 * The answer when the board may not keep another snapshot (`count` of them, e.g. an import's
 * "Before import" one), else null: 409 past the per-board cap, 429 past the hourly one.
 */
export function snapshotCapReached(
  c: Context,
  storage: Storage,
  limits: CapLimits,
  boardId: string,
  now = Date.now(),
): Response | null {
  if (storage.countSnapshots(boardId) >= limits.maxSnapshotsPerBoard) {
    return apiError(
      c,
      409,
      "too-many-snapshots",
      `a board keeps at most ${limits.maxSnapshotsPerBoard} snapshots, and this one has them all`,
    );
  }
  if (storage.countSnapshots(boardId, now - HOUR_MS) >= limits.maxSnapshotsPerHour) {
    return apiError(
      c,
      429,
      "too-many-snapshots-this-hour",
      `a board takes at most ${limits.maxSnapshotsPerHour} snapshots an hour; try again later`,
    );
  }
  return null;
}

/** The answer when the board has registered all the participants it may, else null. */
export function participantCapReached(
  c: Context,
  storage: Storage,
  limits: CapLimits,
  boardId: string,
): Response | null {
  if (storage.countParticipants(boardId) < limits.maxParticipantsPerBoard) return null;
  return apiError(
    c,
    409,
    "too-many-participants",
    `a board takes at most ${limits.maxParticipantsPerBoard} participants, and this one has them all`,
  );
}
