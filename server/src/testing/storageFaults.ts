import path from "node:path";
import { notesMap, readBoard } from "@roundtable/shared";
import Database from "better-sqlite3";
import * as Y from "yjs";

/** A second connection to a server's database file, as another program would open it. */
export function openDatabase(dataDir: string): Database.Database {
  const db = new Database(path.join(dataDir, "roundtable.db"));
  db.pragma("busy_timeout = 5000");
  return db;
}

const writeTables = ["doc_updates", "doc_snapshots", "snapshots", "participants"];

/**
 * Makes every write of the server fail as a full disk would, through SQLite itself: triggers
 * that abort each insert and update of the tables the server writes. Answers how to undo it.
 */
export function failWrites(db: Database.Database): () => void {
  for (const table of writeTables) {
    for (const event of ["INSERT", "UPDATE"]) {
      db.exec(
        `CREATE TRIGGER fail_${event}_${table} BEFORE ${event} ON ${table} BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`,
      );
    }
  }
  return () => {
    for (const table of writeTables) {
      for (const event of ["INSERT", "UPDATE"]) db.exec(`DROP TRIGGER fail_${event}_${table}`);
    }
  };
}

/** Adds a note as a stock client's user would: one transaction, only text and lane. */
export function writeNote(doc: Y.Doc, text: string, id = text): void {
  doc.transact(() => {
    const note = new Y.Map<unknown>();
    note.set("text", new Y.Text(text));
    note.set("lane", "p1");
    notesMap(doc).set(id, note);
  });
}

export function noteTexts(doc: Y.Doc): string[] {
  return readBoard(doc)
    .notes.map((note) => note.text)
    .sort();
}

/** A board document's stored rows, as bytes, to compare before and after. */
export function storedRows(db: Database.Database, docName: string) {
  return {
    snapshot: db.prepare("SELECT data FROM doc_snapshots WHERE doc = ?").get(docName) as
      | { data: Buffer }
      | undefined,
    updates: db
      .prepare("SELECT seq, data FROM doc_updates WHERE doc = ? ORDER BY seq")
      .all(docName),
  };
}
