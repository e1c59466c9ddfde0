import type Database from "better-sqlite3";
import type { DamagedPiece } from "./faults";

/**
 * Damaged pieces of documents, kept aside: a copy of the bytes as read, with where they came
 * from and why they were not loaded. The rows themselves stay where they are, untouched; a
 * damaged document is never compacted, so nothing here is ever the only copy that was lost.
 * `seq` is the update's row id, 0 for the other sources.
 */
export const quarantineSchema = `
CREATE TABLE IF NOT EXISTS quarantine (
  id INTEGER PRIMARY KEY,
  doc TEXT NOT NULL,
  source TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB,
  reason TEXT NOT NULL,
  at INTEGER NOT NULL,
  UNIQUE (doc, source, seq)
);
`;

/** Files from before checksums get the column; their old rows keep null (not checked). */
export function addChecksumColumns(db: Database.Database): void {
  for (const table of ["doc_snapshots", "doc_updates"]) {
    const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (!columns.some((column) => column.name === "crc")) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN crc INTEGER`);
    }
  }
}

export type QuarantinedDoc = { doc: string; pieces: number; reason: string; at: number };

export class Quarantine {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      // The same piece found again on the next load is kept once.
      insert: db.prepare(
        "INSERT OR IGNORE INTO quarantine (doc, source, seq, data, reason, at) VALUES (?, ?, ?, ?, ?, ?)",
      ),
      docs: db.prepare<[], QuarantinedDoc>(
        "SELECT doc, COUNT(*) AS pieces, MAX(reason) AS reason, MAX(at) AS at FROM quarantine GROUP BY doc",
      ),
    };
  }

  keep(docName: string, pieces: readonly DamagedPiece[]): void {
    const at = Date.now();
    this.db.transaction(() => {
      for (const piece of pieces) {
        this.statements.insert.run(
          docName,
          piece.source,
          piece.seq ?? 0,
          piece.data,
          piece.reason,
          at,
        );
      }
    })();
  }

  docs(): QuarantinedDoc[] {
    return this.statements.docs.all();
  }
}
