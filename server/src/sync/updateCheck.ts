import * as Y from "yjs";

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;

export type UpdateVerdict = { ok: true; decoded: DecodedUpdate } | { ok: false; reason: string };

/**
 * Checks a client's update before it touches the board: it must decode completely, and it
 * may only write the document's own root types. Decoding costs about as much as reading the
 * bytes once, far less than applying them, and nothing is applied when it fails.
 */
export function checkUpdate(update: Uint8Array, allowedRoots: ReadonlySet<string>): UpdateVerdict {
  let decoded: DecodedUpdate;
  try {
    decoded = Y.decodeUpdate(update);
  } catch (error) {
    return { ok: false, reason: `update does not decode: ${describe(error)}` };
  }
  for (const struct of decoded.structs) {
    // A decoded (not applied) item names a root type by its key: a string, not a type.
    const parent: unknown = struct instanceof Y.Item ? struct.parent : null;
    if (typeof parent === "string" && !allowedRoots.has(parent)) {
      return { ok: false, reason: `update writes unknown root "${parent.slice(0, 40)}"` };
    }
  }
  return { ok: true, decoded };
}

/** Whether the update holds an item the document does not have yet (deletions aside). */
export function addsItems(decoded: DecodedUpdate, doc: Y.Doc): boolean {
  return decoded.structs.some(
    (struct) => struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client),
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
