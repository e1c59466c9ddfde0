import * as Y from "yjs";
import { boardTag, type DamagedPiece, messageOf } from "./faults";
import type { SqliteStorage } from "./sqlite";
import { loadPieces, storedPieces } from "./storedLoad";

export type DocFinding = { doc: string; board: string; pieces: DamagedPiece[] };

export type CheckReport = { docs: number; damaged: DocFinding[]; fileProblems: string[] };

/**
 * Loads every stored document as the server would (checksums, decoding, missing changes) and
 * lists what is damaged, plus what SQLite's own check finds in the file. Reads only.
 */
export function checkStorage(storage: SqliteStorage): CheckReport {
  const fileProblems = storage.integrityProblems();
  let names: string[] = [];
  try {
    names = storage.docNamesWithPrefix("");
  } catch (error) {
    fileProblems.push(`listing the documents failed: ${messageOf(error)}`);
  }
  const damaged: DocFinding[] = [];
  for (const doc of names) {
    const pieces = damagedPieces(storage, doc);
    if (pieces.length > 0) damaged.push({ doc, board: boardTag(doc.split("/")[0] ?? doc), pieces });
  }
  return { docs: names.length, damaged, fileProblems };
}

function damagedPieces(storage: SqliteStorage, name: string): DamagedPiece[] {
  try {
    const stored = storage.loadDoc(name);
    const { pieces, origins } = storedPieces(stored);
    const { doc, damaged } = loadPieces(() => new Y.Doc(), pieces, origins, null);
    doc.destroy();
    return [...(stored.damaged ?? []), ...damaged];
  } catch (error) {
    return [{ source: "page", seq: null, data: null, reason: messageOf(error) }];
  }
}

/** The report as lines for people: one per damaged piece, then a summary. */
export function describeReport(report: CheckReport): string {
  const lines: string[] = [];
  for (const problem of report.fileProblems) lines.push(`file: ${problem}`);
  for (const { doc, board, pieces } of report.damaged) {
    for (const piece of pieces) {
      const where = piece.seq === null ? piece.source : `${piece.source} ${piece.seq}`;
      lines.push(`damaged: ${doc} (board ${board}) ${where}: ${piece.reason}`);
    }
  }
  const clean = report.damaged.length === 0 && report.fileProblems.length === 0;
  lines.push(
    clean
      ? `ok: all ${report.docs} documents load`
      : `${report.damaged.length} of ${report.docs} documents damaged${report.fileProblems.length > 0 ? "; the file has problems" : ""}`,
  );
  return `${lines.join("\n")}\n`;
}
