import type * as Y from "yjs";
import type { BoardState } from "./board";
import { type RecordMap, recordIn } from "./doc";
import { BoardOpError } from "./errors";
import type { Orderable } from "./order";
import { textLength } from "./text";

// Input checks shared by the operations. Each throws before the operation opens its transaction,
// which is what keeps a rejected operation from changing the document.

export function requireString(value: unknown, what: string): string {
  if (typeof value !== "string")
    throw new BoardOpError("invalid-input", `${what} must be a string`);
  return value;
}

export function requireIndex(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
    throw new BoardOpError("invalid-input", `${what} must be a non-negative integer`);
  }
  return value;
}

export function requireTimestamp(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new BoardOpError("invalid-input", "createdAt must be a time in milliseconds");
  }
  return value;
}

/** Trimmed title; empty only when `allowEmpty`, and at most `max` characters. */
export function cleanTitle(value: unknown, what: string, max: number, allowEmpty: boolean): string {
  const title = requireString(value, what).trim();
  if (!allowEmpty && title === "") throw new BoardOpError("invalid-input", `${what} is empty`);
  if (textLength(title) > max) {
    throw new BoardOpError("title-too-long", `${what} is longer than ${max} characters`);
  }
  return title;
}

/** The note's map, or unknown-note. */
export function requireNoteRecord(root: Y.Map<unknown>, id: unknown): RecordMap {
  const record = typeof id === "string" ? recordIn(root, id) : undefined;
  if (!record) throw new BoardOpError("unknown-note", `no note ${String(id)}`);
  return record;
}

export function requireLaneId(state: BoardState, laneId: unknown): string {
  if (typeof laneId !== "string" || !state.lanes.some((lane) => lane.id === laneId)) {
    throw new BoardOpError("unknown-lane", `no lane ${String(laneId)}`);
  }
  return laneId;
}

export function requireClusterId(state: BoardState, clusterId: unknown): string {
  if (typeof clusterId !== "string" || !state.clusters.some((c) => c.id === clusterId)) {
    throw new BoardOpError("unknown-cluster", `no cluster ${String(clusterId)}`);
  }
  return clusterId;
}

/** Where to put an item among its siblings: right after one, right before one, or at an index. */
export type Position = {
  before?: string | null;
  after?: string | null;
  index?: number | null;
};

/**
 * Index in `siblings` (sorted, without the item being placed) for a position; the end when none
 * is given. `after` wins over `before` when both are given, since between them is the same gap
 * unless someone else moved something in the meantime.
 */
export function resolveIndex(
  siblings: readonly Orderable[],
  position: Position,
  what: string,
): number {
  const { before, after, index } = position;
  const neighbour = after ?? before;
  if (neighbour !== undefined && neighbour !== null) {
    const at = siblings.findIndex((item) => item.id === neighbour);
    if (at < 0) {
      throw new BoardOpError(
        "invalid-input",
        `${String(neighbour)} is not a ${what} in the target lane`,
      );
    }
    return after !== undefined && after !== null ? at + 1 : at;
  }
  if (index !== undefined && index !== null) {
    return Math.min(requireIndex(index, "index"), siblings.length);
  }
  return siblings.length;
}
