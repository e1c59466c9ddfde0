import * as Y from "yjs";
import { type DecodedUpdate, readShape, type ShapeLimits, type UpdateShape } from "./updateShape";

export type { DecodedUpdate } from "./updateShape";

/** A client's update as it arrived, decoded, and what one walk over it learned. */
export type CheckedUpdate = { update: Uint8Array; decoded: DecodedUpdate; shape: UpdateShape };

export type UpdateVerdict = { ok: true; checked: CheckedUpdate } | { ok: false; reason: string };

/**
 * Checks a client's update before it touches the board: it must decode completely, write only
 * the document's own root types, bring everything its new items depend on, and have a shape
 * that is cheap to integrate (see `readShape`). Decoding and the walk cost about as much as
 * reading the bytes once, far less than applying them, and nothing is applied when they fail.
 */
export function checkUpdate(
  update: Uint8Array,
  doc: Y.Doc,
  allowedRoots: ReadonlySet<string>,
  limits: ShapeLimits,
): UpdateVerdict {
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    return { ok: false, reason: `update does not decode: ${describe(error)}` };
  }
  const verdict = readShape(decoded, doc, allowedRoots, limits);
  if (!verdict.ok) return verdict;
  return { ok: true, checked: { update, decoded, shape: verdict.shape } };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
