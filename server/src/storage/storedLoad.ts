import * as Y from "yjs";
import type { DamagedPiece } from "./faults";
import type { StoredDoc } from "./storage";

export type PieceOrigin = Pick<DamagedPiece, "source" | "seq">;

/** The stored pieces in load order (snapshot, then updates) and where each comes from. */
export function storedPieces(stored: StoredDoc): { pieces: Uint8Array[]; origins: PieceOrigin[] } {
  const updates = stored.updates.map(
    (_, index): PieceOrigin => ({ source: "update", seq: stored.updateSeqs?.[index] ?? null }),
  );
  if (!stored.snapshot) return { pieces: stored.updates, origins: updates };
  return {
    pieces: [stored.snapshot, ...stored.updates],
    origins: [{ source: "snapshot", seq: null }, ...updates],
  };
}

/**
 * Applies stored pieces to a document from `makeDoc`: merged at once, or, when that fails, one
 * by one into a fresh one, so a damaged piece never costs the others. Answers the document and
 * the damage found: pieces that do not load, and a state that refers to changes nobody stored
 * (what a damaged piece that still decodes leaves behind).
 */
export function loadPieces(
  makeDoc: () => Y.Doc,
  pieces: Uint8Array[],
  origins: PieceOrigin[],
  origin: unknown,
): { doc: Y.Doc; damaged: DamagedPiece[] } {
  const doc = makeDoc();
  try {
    if (pieces.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(pieces), origin);
    return { doc, damaged: missingDependencies(doc) };
  } catch {
    doc.destroy();
    const pieceByPiece = makeDoc();
    const damaged: DamagedPiece[] = [];
    pieces.forEach((piece, index) => {
      try {
        Y.applyUpdate(pieceByPiece, piece, origin);
      } catch (error) {
        const { source, seq } = origins[index] ?? { source: "update", seq: null };
        const reason = `does not load: ${error instanceof Error ? error.message : String(error)}`;
        damaged.push({ source, seq, data: piece, reason });
      }
    });
    return { doc: pieceByPiece, damaged: [...damaged, ...missingDependencies(pieceByPiece)] };
  }
}

/** Items waiting for changes that are not stored: the state is missing something. */
function missingDependencies(doc: Y.Doc): DamagedPiece[] {
  if (!doc.store.pendingStructs) return [];
  const reason = "the stored state refers to changes that are not stored";
  return [{ source: "state", seq: null, data: null, reason }];
}
