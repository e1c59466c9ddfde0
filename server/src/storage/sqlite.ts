import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { type Checkpointer, startCheckpointer } from "./checkpointer";
import type { BoardRecord, Storage, StoredDoc } from "./storage";

type BoardRow = {
  id: string;
  title: string;
  created_at: number;
  facilitator_key_hash: string;
  view_token: string;
};

const schema = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  facilitator_key_hash TEXT NOT NULL,
  view_token TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  doc TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  updated_at INTEGER NOT NULL
);
-- seq is the rowid: a new row always gets one above every existing row, which is all the order
-- a document's tail needs (AUTOINCREMENT would add a write to sqlite_sequence per update).
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY,
  doc TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (doc, seq);
`;

/** The embedded default: one SQLite file under DATA_DIR, nothing else to install or run. */
export class SqliteStorage implements Storage {
  readonly kind = "sqlite";
  readonly file: string;
  private readonly db: Database.Database;
  private readonly statements;
  private readonly checkpointer: Checkpointer | null;

  constructor(
    dataDir: string,
    options: { checkpointIntervalMs?: number; onError?: (message: string) => void } = {},
  ) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, "roundtable.db");
    this.db = new Database(this.file);
    // WAL with synchronous=NORMAL: a committed insert survives a killed process (it is in the
    // OS page cache and the WAL); only a power cut can lose the last moments, at a fraction of the cost.
    // Small pages: an append writes one page to the log, and updates are a few hundred bytes.
    // (Takes effect when the file is created.)
    this.db.pragma("page_size = 1024");
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = NORMAL");
    this.db.pragma("busy_timeout = 5000");
    this.db.exec(schema);
    // Checkpoints run on a worker thread instead of inside whichever insert crosses SQLite's
    // threshold; see checkpointer.ts. Without the worker, SQLite's own checkpoints stay on.
    const interval = options.checkpointIntervalMs ?? 1000;
    if (interval > 0) {
      this.db.pragma("wal_autocheckpoint = 0");
      this.checkpointer = startCheckpointer(this.file, interval, options.onError ?? (() => {}));
    } else {
      this.checkpointer = null;
    }
    this.statements = {
      insertBoard: this.db.prepare(
        "INSERT INTO boards (id, title, created_at, facilitator_key_hash, view_token) VALUES (@id, @title, @created_at, @facilitator_key_hash, @view_token)",
      ),
      getBoard: this.db.prepare<[string], BoardRow>("SELECT * FROM boards WHERE id = ?"),
      getSnapshot: this.db.prepare<[string], { data: Buffer }>(
        "SELECT data FROM doc_snapshots WHERE doc = ?",
      ),
      getUpdates: this.db.prepare<[string], { data: Buffer }>(
        "SELECT data FROM doc_updates WHERE doc = ? ORDER BY seq",
      ),
      appendUpdate: this.db.prepare("INSERT INTO doc_updates (doc, data) VALUES (?, ?)"),
      putSnapshot: this.db.prepare(
        "INSERT INTO doc_snapshots (doc, data, updated_at) VALUES (?, ?, ?) ON CONFLICT (doc) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
      ),
      deleteUpdates: this.db.prepare("DELETE FROM doc_updates WHERE doc = ?"),
      ping: this.db.prepare("SELECT 1"),
    };
  }

  createBoard(board: BoardRecord, initialState: Uint8Array): void {
    this.db.transaction(() => {
      this.statements.insertBoard.run({
        id: board.id,
        title: board.title,
        created_at: board.createdAt,
        facilitator_key_hash: board.facilitatorKeyHash,
        view_token: board.viewToken,
      });
      this.statements.putSnapshot.run(board.id, initialState, board.createdAt);
    })();
  }

  getBoard(id: string): BoardRecord | undefined {
    const row = this.statements.getBoard.get(id);
    if (!row) return undefined;
    return {
      id: row.id,
      title: row.title,
      createdAt: row.created_at,
      facilitatorKeyHash: row.facilitator_key_hash,
      viewToken: row.view_token,
    };
  }

  loadDoc(docName: string): StoredDoc {
    return this.db.transaction(() => {
      const snapshot = this.statements.getSnapshot.get(docName)?.data ?? null;
      const updates = this.statements.getUpdates.all(docName).map((row) => row.data);
      const bytes = (snapshot?.length ?? 0) + updates.reduce((sum, u) => sum + u.length, 0);
      return { snapshot, updates, bytes };
    })();
  }

  appendUpdate(docName: string, update: Uint8Array): void {
    this.statements.appendUpdate.run(docName, update);
  }

  compactDoc(docName: string, state: Uint8Array): void {
    this.db.transaction(() => {
      this.statements.putSnapshot.run(docName, state, Date.now());
      this.statements.deleteUpdates.run(docName);
    })();
  }

  health(): { ok: boolean; error?: string } {
    try {
      this.statements.ping.get();
      return { ok: true };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    await this.checkpointer?.stop();
    this.db.pragma("wal_checkpoint(TRUNCATE)");
    this.db.close();
  }
}
