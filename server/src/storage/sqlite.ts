import fs from "node:fs";
import path from "node:path";
import { crc32 } from "node:zlib";
import Database from "better-sqlite3";
import { newJoinCode } from "../meetings/joinCodes";
import { type Checkpointer, startCheckpointer } from "./checkpointer";
import { type DamagedPiece, isLocked, StorageFaults } from "./faults";
import { isBoardJoinCodeClash, migrateBoardJoinCodes } from "./sqliteJoinCodes";
import { MeetingTables, meetingSchema } from "./sqliteMeetings";
import { addChecksumColumns, Quarantine, quarantineSchema } from "./sqliteQuarantine";
import {
  type BoardRecord,
  JoinCodeTaken,
  type MeetingGroupRecord,
  type MeetingRecord,
  type MeetingTemplate,
  type NewGroupBoard,
  type ParticipantRecord,
  type SnapshotRecord,
  type Storage,
  type StorageHealth,
  type StoredDoc,
} from "./storage";

/** How long a write waits for a lock another program holds before it fails. */
const lockWaitMs = 5000;

type ParticipantRow = {
  board_id: string;
  id: string;
  name: string;
  token_hash: string;
  created_at: number;
};

type SnapshotRow = {
  id: string;
  board_id: string;
  name: string;
  created_at: number;
  data: string;
};

type BoardRow = {
  id: string;
  title: string;
  created_at: number;
  facilitator_key_hash: string;
  view_token: string;
  /** Null only in a file written before boards had codes, until it is migrated on opening. */
  join_code: string | null;
};

const schema = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  facilitator_key_hash TEXT NOT NULL,
  view_token TEXT NOT NULL UNIQUE,
  join_code TEXT
);
CREATE TABLE IF NOT EXISTS participants (
  board_id TEXT NOT NULL,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (board_id, id)
);
CREATE TABLE IF NOT EXISTS snapshots (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS snapshots_by_board ON snapshots (board_id, created_at);
-- crc: CRC-32 of data, checked on every load (null in rows written before checksums).
CREATE TABLE IF NOT EXISTS doc_snapshots (
  doc TEXT PRIMARY KEY,
  data BLOB NOT NULL,
  updated_at INTEGER NOT NULL,
  crc INTEGER
);
-- seq is the rowid: a new row always gets one above every existing row, which is all the order
-- a document's tail needs (AUTOINCREMENT would add a write to sqlite_sequence per update).
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY,
  doc TEXT NOT NULL,
  data BLOB NOT NULL,
  crc INTEGER
);
CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (doc, seq);
`;

/** The embedded default: one SQLite file under DATA_DIR, nothing else to install or run. */
export class SqliteStorage implements Storage {
  readonly kind = "sqlite";
  readonly file: string;
  private readonly db: Database.Database;
  /**
   * A second connection for clients' appends, which must not wait for a lock another program
   * holds (see `WriteQueue`): SQLite's busy timeout belongs to a connection.
   */
  private readonly noWait: Database.Database;
  private readonly statements;
  private readonly checkpointer: Checkpointer | null;
  private readonly meetings: MeetingTables;
  private readonly quarantineTable: Quarantine;
  /** The last write failure and the documents found damaged, for `/healthz`. */
  readonly faults = new StorageFaults();

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
    this.db.pragma(`busy_timeout = ${lockWaitMs}`);
    this.db.exec(schema);
    this.db.exec(meetingSchema);
    this.db.exec(quarantineSchema);
    addChecksumColumns(this.db);
    migrateBoardJoinCodes(this.db, newJoinCode);
    // Checkpoints run on a worker thread instead of inside whichever insert crosses SQLite's
    // threshold; see checkpointer.ts. Without the worker, SQLite's own checkpoints stay on.
    const interval = options.checkpointIntervalMs ?? 1000;
    if (interval > 0) {
      this.db.pragma("wal_autocheckpoint = 0");
      this.checkpointer = startCheckpointer(this.file, interval, options.onError ?? (() => {}));
    } else {
      this.checkpointer = null;
    }
    this.noWait = new Database(this.file, { timeout: 0 });
    this.noWait.pragma("synchronous = NORMAL");
    // Like the main connection: checkpoints belong to the worker, never to an append.
    if (this.checkpointer) this.noWait.pragma("wal_autocheckpoint = 0");
    this.statements = {
      insertBoard: this.db.prepare(
        "INSERT INTO boards (id, title, created_at, facilitator_key_hash, view_token, join_code) VALUES (@id, @title, @created_at, @facilitator_key_hash, @view_token, @join_code)",
      ),
      getBoard: this.db.prepare<[string], BoardRow>("SELECT * FROM boards WHERE id = ?"),
      getBoardByViewToken: this.db.prepare<[string], BoardRow>(
        "SELECT * FROM boards WHERE view_token = ?",
      ),
      getBoardByJoinCode: this.db.prepare<[string], BoardRow>(
        "SELECT * FROM boards WHERE join_code = ?",
      ),
      insertParticipant: this.db.prepare(
        "INSERT OR IGNORE INTO participants (board_id, id, name, token_hash, created_at) VALUES (@board_id, @id, @name, @token_hash, @created_at)",
      ),
      getParticipant: this.db.prepare<[string, string], ParticipantRow>(
        "SELECT * FROM participants WHERE board_id = ? AND id = ?",
      ),
      countParticipants: this.db.prepare<[string], { n: number }>(
        "SELECT COUNT(*) AS n FROM participants WHERE board_id = ?",
      ),
      renameParticipant: this.db.prepare(
        "UPDATE participants SET name = ? WHERE board_id = ? AND id = ?",
      ),
      insertSnapshot: this.db.prepare(
        "INSERT INTO snapshots (id, board_id, name, created_at, data) VALUES (@id, @board_id, @name, @created_at, @data)",
      ),
      getSnapshotRecord: this.db.prepare<[string], SnapshotRow>(
        "SELECT * FROM snapshots WHERE id = ?",
      ),
      listSnapshots: this.db.prepare<[string], Omit<SnapshotRow, "data">>(
        "SELECT id, board_id, name, created_at FROM snapshots WHERE board_id = ? ORDER BY created_at DESC, rowid DESC",
      ),
      countSnapshots: this.db.prepare<[string, number], { n: number }>(
        "SELECT COUNT(*) AS n FROM snapshots WHERE board_id = ? AND created_at >= ?",
      ),
      // Range scans on the primary keys: names under a prefix sort between prefix and prefix+U+FFFF.
      docNames: this.db.prepare<[string, string, string, string], { doc: string }>(
        "SELECT doc FROM doc_snapshots WHERE doc >= ? AND doc < ? UNION SELECT DISTINCT doc FROM doc_updates WHERE doc >= ? AND doc < ?",
      ),
      getSnapshot: this.db.prepare<[string], { data: Buffer; crc: number | null }>(
        "SELECT data, crc FROM doc_snapshots WHERE doc = ?",
      ),
      getUpdates: this.db.prepare<[string], { seq: number; data: Buffer; crc: number | null }>(
        "SELECT seq, data, crc FROM doc_updates WHERE doc = ? ORDER BY seq",
      ),
      appendUpdate: this.db.prepare("INSERT INTO doc_updates (doc, data, crc) VALUES (?, ?, ?)"),
      putSnapshot: this.db.prepare(
        "INSERT INTO doc_snapshots (doc, data, updated_at, crc) VALUES (?, ?, ?, ?) ON CONFLICT (doc) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, crc = excluded.crc",
      ),
      deleteUpdates: this.db.prepare("DELETE FROM doc_updates WHERE doc = ?"),
      ping: this.db.prepare("SELECT 1"),
      appendUnlessLocked: this.noWait.prepare(
        "INSERT INTO doc_updates (doc, data, crc) VALUES (?, ?, ?)",
      ),
    };
    this.meetings = new MeetingTables(this.db);
    this.quarantineTable = new Quarantine(this.db);
    // Damage found before a restart stays reported until the document loads clean.
    for (const found of this.quarantineTable.docs()) {
      this.faults.damageFound(found.doc, found.pieces, found.reason, found.at);
    }
  }

  /**
   * Runs a write, remembering whether storage took it: a failure stands in `/healthz` until a
   * later write succeeds. A join code in use is an answer, not a fault.
   */
  private write<T>(run: () => T): T {
    let result: T;
    try {
      result = run();
    } catch (error) {
      if (!(error instanceof JoinCodeTaken)) this.faults.writeFailed(error);
      throw error;
    }
    this.faults.wrote();
    return result;
  }

  createBoard(board: BoardRecord, initialState: Uint8Array): void {
    this.write(() => this.db.transaction(() => this.insertBoard(board, initialState))());
  }

  createMeeting(meeting: MeetingRecord, groups: readonly NewGroupBoard[]): void {
    this.write(() =>
      this.db.transaction(() => {
        for (const { board, initialState } of groups) this.insertBoard(board, initialState);
        this.meetings.insert(
          meeting,
          groups.map((g) => g.group),
        );
      })(),
    );
  }

  getMeeting(id: string): MeetingRecord | undefined {
    return this.meetings.get(id);
  }

  meetingGroups(meetingId: string): MeetingGroupRecord[] {
    return this.meetings.groups(meetingId);
  }

  groupByJoinCode(code: string): MeetingGroupRecord | undefined {
    return this.meetings.groupByJoinCode(code);
  }

  setMeetingTemplate(meetingId: string, template: MeetingTemplate): void {
    this.write(() => this.meetings.setTemplate(meetingId, template));
  }

  /** Inside the caller's transaction: a join code in use throws JoinCodeTaken. */
  private insertBoard(board: BoardRecord, initialState: Uint8Array): void {
    try {
      this.statements.insertBoard.run({
        id: board.id,
        title: board.title,
        created_at: board.createdAt,
        facilitator_key_hash: board.facilitatorKeyHash,
        view_token: board.viewToken,
        join_code: board.joinCode,
      });
    } catch (error) {
      if (isBoardJoinCodeClash(error)) throw new JoinCodeTaken();
      throw error;
    }
    this.statements.putSnapshot.run(board.id, initialState, board.createdAt, crc32(initialState));
  }

  getBoard(id: string): BoardRecord | undefined {
    return boardFrom(this.statements.getBoard.get(id));
  }

  getBoardByViewToken(viewToken: string): BoardRecord | undefined {
    return boardFrom(this.statements.getBoardByViewToken.get(viewToken));
  }

  getBoardByJoinCode(code: string): BoardRecord | undefined {
    return boardFrom(this.statements.getBoardByJoinCode.get(code));
  }

  addParticipant(participant: ParticipantRecord): boolean {
    const result = this.write(() =>
      this.statements.insertParticipant.run({
        board_id: participant.boardId,
        id: participant.id,
        name: participant.name,
        token_hash: participant.tokenHash,
        created_at: participant.createdAt,
      }),
    );
    return result.changes === 1;
  }

  getParticipant(boardId: string, id: string): ParticipantRecord | undefined {
    const row = this.statements.getParticipant.get(boardId, id);
    if (!row) return undefined;
    return {
      boardId: row.board_id,
      id: row.id,
      name: row.name,
      tokenHash: row.token_hash,
      createdAt: row.created_at,
    };
  }

  countParticipants(boardId: string): number {
    return this.statements.countParticipants.get(boardId)?.n ?? 0;
  }

  renameParticipant(boardId: string, id: string, name: string): boolean {
    return this.write(() => this.statements.renameParticipant.run(name, boardId, id)).changes === 1;
  }

  addSnapshot(snapshot: SnapshotRecord): void {
    this.write(() =>
      this.statements.insertSnapshot.run({
        id: snapshot.id,
        board_id: snapshot.boardId,
        name: snapshot.name,
        created_at: snapshot.createdAt,
        data: snapshot.data,
      }),
    );
  }

  getSnapshot(id: string): SnapshotRecord | undefined {
    const row = this.statements.getSnapshotRecord.get(id);
    return row && { ...snapshotFrom(row), data: row.data };
  }

  countSnapshots(boardId: string, since = 0): number {
    return this.statements.countSnapshots.get(boardId, since)?.n ?? 0;
  }

  listSnapshots(boardId: string): Omit<SnapshotRecord, "data">[] {
    return this.statements.listSnapshots.all(boardId).map(snapshotFrom);
  }

  docNamesWithPrefix(prefix: string): string[] {
    const end = `${prefix}\uffff`;
    return this.statements.docNames.all(prefix, end, prefix, end).map((row) => row.doc);
  }

  /**
   * The document's rows, each checked against its checksum: a row whose bytes changed on disk
   * is left out and listed in `damaged`, never handed on as if it were sound.
   */
  loadDoc(docName: string): StoredDoc {
    return this.db.transaction(() => {
      const damaged: DamagedPiece[] = [];
      const snapshotRow = this.statements.getSnapshot.get(docName);
      let snapshot: Uint8Array | null = null;
      if (snapshotRow && intact(snapshotRow)) snapshot = snapshotRow.data;
      else if (snapshotRow) damaged.push(checksumMismatch("snapshot", null, snapshotRow.data));
      const updates: Uint8Array[] = [];
      const updateSeqs: number[] = [];
      for (const row of this.statements.getUpdates.all(docName)) {
        if (!intact(row)) {
          damaged.push(checksumMismatch("update", row.seq, row.data));
          continue;
        }
        updates.push(row.data);
        updateSeqs.push(row.seq);
      }
      const bytes = (snapshot?.length ?? 0) + updates.reduce((sum, u) => sum + u.length, 0);
      const snapshotVerified = snapshotRow?.crc !== null && snapshotRow?.crc !== undefined;
      return { snapshot, updates, bytes, updateSeqs, snapshotVerified, damaged };
    })();
  }

  appendUpdate(
    docName: string,
    update: Uint8Array,
    options: { waitForLock?: boolean } = {},
  ): boolean {
    const append = () => this.statements.appendUpdate.run(docName, update, crc32(update));
    if (options.waitForLock !== false) {
      this.write(append);
      return true;
    }
    try {
      this.statements.appendUnlessLocked.run(docName, update, crc32(update));
    } catch (error) {
      if (isLocked(error)) return false;
      this.faults.writeFailed(error);
      throw error;
    }
    this.faults.wrote();
    return true;
  }

  compactDoc(docName: string, state: Uint8Array): void {
    this.write(() =>
      this.db.transaction(() => {
        this.statements.putSnapshot.run(docName, state, Date.now(), crc32(state));
        this.statements.deleteUpdates.run(docName);
      })(),
    );
  }

  quarantine(docName: string, pieces: readonly DamagedPiece[]): void {
    this.quarantineTable.keep(docName, pieces);
  }

  health(): StorageHealth {
    const lastWriteError = this.faults.lastWriteError;
    let error: string | undefined;
    try {
      this.statements.ping.get();
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    return {
      ok: error === undefined && lastWriteError === null,
      ...(error === undefined ? {} : { error }),
      ...(lastWriteError ? { lastWriteError: lastWriteError.message, at: lastWriteError.at } : {}),
    };
  }

  /** What SQLite's own check of the file finds (pages, indexes); empty when it is sound. */
  integrityProblems(): string[] {
    try {
      const rows = this.db.pragma("integrity_check") as { integrity_check: string }[];
      const found = rows.map((row) => row.integrity_check);
      return found.length === 1 && found[0] === "ok" ? [] : found;
    } catch (error) {
      return [error instanceof Error ? error.message : String(error)];
    }
  }

  /**
   * A consistent copy of the whole database in `file`, taken while the server keeps writing:
   * SQLite's online backup, all pages in one step, so it reads one moment of the file.
   */
  async backup(file: string): Promise<void> {
    await this.db.backup(file, { progress: () => 0x7fffffff });
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    await this.checkpointer?.stop();
    this.noWait.close();
    this.db.pragma("wal_checkpoint(TRUNCATE)");
    this.db.close();
  }
}

function boardFrom(row: BoardRow | undefined): BoardRecord | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    facilitatorKeyHash: row.facilitator_key_hash,
    viewToken: row.view_token,
    joinCode: row.join_code ?? "",
  };
}

/** Whether a row's bytes are as written: its checksum matches, or it predates checksums. */
function intact(row: { data: Buffer; crc: number | null }): boolean {
  return row.crc === null || crc32(row.data) === row.crc;
}

function checksumMismatch(
  source: "snapshot" | "update",
  seq: number | null,
  data: Uint8Array,
): DamagedPiece {
  return { source, seq, data, reason: "checksum mismatch: the stored bytes changed on disk" };
}

function snapshotFrom(row: Omit<SnapshotRow, "data">): Omit<SnapshotRecord, "data"> {
  return { id: row.id, boardId: row.board_id, name: row.name, createdAt: row.created_at };
}
