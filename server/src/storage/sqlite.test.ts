import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { waitFor } from "../testing/clients";
import { tempDataDir } from "../testing/serverProcess";
import { SqliteStorage } from "./sqlite";
import { mergedState } from "./storage";

const board = {
  id: "board-aaaaaaaa",
  title: "LRT",
  createdAt: 1,
  facilitatorKeyHash: "ab",
  viewToken: "view-aaaaaaaa",
  joinCode: "KQM7X2",
};

function updateSetting(key: string, value: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("meta").set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

function stateOf(storage: SqliteStorage, docName: string): Record<string, unknown> {
  const doc = new Y.Doc();
  const state = mergedState(storage.loadDoc(docName));
  if (state) Y.applyUpdate(doc, state);
  return doc.getMap("meta").toJSON();
}

describe("SqliteStorage", () => {
  it("checkpoints the write-ahead log into the database file from its worker thread", async () => {
    const dir = tempDataDir();
    const storage = new SqliteStorage(dir, { checkpointIntervalMs: 20 });
    const dbFile = path.join(dir, "roundtable.db");
    const before = fs.statSync(dbFile).size;
    for (let i = 0; i < 2000; i++) storage.appendUpdate("wal", updateSetting("k", String(i)));
    await waitFor(() => fs.statSync(dbFile).size > before + 100_000, {
      what: "a checkpoint to fill the database file",
    });
    await storage.close();
    const reopened = new SqliteStorage(dir, { checkpointIntervalMs: 0 });
    expect(reopened.loadDoc("wal").updates).toHaveLength(2000);
    await reopened.close();
  });

  it("stores a board with its initial state and finds it again after reopening the file", async () => {
    const dir = tempDataDir();
    const first = new SqliteStorage(dir);
    first.createBoard(board, updateSetting("title", "LRT"));
    first.appendUpdate(board.id, updateSetting("later", "yes"));
    await first.close();

    const second = new SqliteStorage(dir);
    expect(second.getBoard(board.id)).toEqual(board);
    expect(second.getBoard("nope-nope-nope")).toBeUndefined();
    expect(stateOf(second, board.id)).toEqual({ title: "LRT", later: "yes" });
    await second.close();
  });

  it("loads snapshot plus tail in order, and compaction folds the tail into one snapshot", async () => {
    const storage = new SqliteStorage(tempDataDir());
    storage.createBoard(board, updateSetting("a", "1"));
    storage.appendUpdate(board.id, updateSetting("b", "2"));
    storage.appendUpdate(board.id, updateSetting("c", "3"));
    const before = storage.loadDoc(board.id);
    expect(before.updates).toHaveLength(2);
    expect(before.bytes).toBe(
      (before.snapshot?.length ?? 0) + before.updates.reduce((sum, u) => sum + u.length, 0),
    );

    const doc = new Y.Doc();
    Y.applyUpdate(doc, mergedState(before) ?? new Uint8Array());
    storage.compactDoc(board.id, Y.encodeStateAsUpdate(doc));
    const after = storage.loadDoc(board.id);
    expect(after.updates).toHaveLength(0);
    expect(stateOf(storage, board.id)).toEqual({ a: "1", b: "2", c: "3" });
    await storage.close();
  });

  it("keeps documents apart and reports health", async () => {
    const storage = new SqliteStorage(tempDataDir());
    storage.appendUpdate("one", updateSetting("x", "1"));
    storage.appendUpdate("two", updateSetting("y", "2"));
    expect(stateOf(storage, "one")).toEqual({ x: "1" });
    expect(stateOf(storage, "two")).toEqual({ y: "2" });
    expect(storage.loadDoc("three")).toMatchObject({ snapshot: null, updates: [], bytes: 0 });
    expect(storage.health()).toEqual({ ok: true });
    await storage.close();
    expect(storage.health().ok).toBe(false);
  });
});
