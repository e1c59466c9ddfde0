import { notesMap, readBoard } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { limits } from "../limits";
import { createLogger } from "../log";
import type { SqliteStorage } from "../storage/sqlite";
import { mergedState } from "../storage/storage";
import { noteUpdate, storageWithBoard } from "../testing/storedBoards";
import { LiveDocument } from "./liveDocument";

const log = createLogger("silent");
const name = "live-doc-1";

function liveDocument(storage: SqliteStorage, stored: Uint8Array[] = []) {
  return new LiveDocument(name, storage, { ...limits, hibernateAfterMs: 1000 }, log, {
    onStored: (update) => stored.push(update),
    onStorageFailure: () => {},
  });
}

describe("LiveDocument hibernation", () => {
  it("drops an idle document from memory and reloads everything on the next change", () => {
    const storage = storageWithBoard(name);
    const live = liveDocument(storage);
    expect(live.applyClientUpdate(noteUpdate("before the pause", "a"), "client")).toEqual({
      ok: true,
    });
    expect(live.hibernateIfIdle(Date.now() + 500)).toBe(false);
    expect(live.hibernateIfIdle(Date.now() + 1500)).toBe(true);
    expect(live.isLoaded).toBe(false);
    // Hibernation compacted the log: the next load reads one snapshot.
    expect(storage.loadDoc(name).updates).toHaveLength(0);

    expect(live.applyClientUpdate(noteUpdate("after the pause", "b"), "client")).toEqual({
      ok: true,
    });
    expect(live.isLoaded).toBe(true);
    expect(
      readBoard(live.doc)
        .notes.map((note) => note.text)
        .sort(),
    ).toEqual(["after the pause", "before the pause"]);
    expect(readBoard(live.doc).lanes).toHaveLength(5);
  });

  it("answers a fresh client of a hibernated document from storage, loading only when needed", async () => {
    const storage = storageWithBoard(name);
    const live = liveDocument(storage);
    live.applyClientUpdate(noteUpdate("kept", "a"), "client");
    live.hibernateIfIdle(Date.now() + 1500);
    const answer = live.missingFor(Y.encodeStateVector(new Y.Doc()));
    expect(live.isLoaded).toBe(false);
    const joiner = new Y.Doc();
    Y.applyUpdate(joiner, answer);
    expect(notesMap(joiner).size).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(live.isLoaded).toBe(false);
    // The first edit needs the document: it loads, with everything stored.
    live.applyClientUpdate(noteUpdate("new", "b"), "client");
    expect(notesMap(live.doc).size).toBe(2);
  });

  it("stores a change exactly once and does not store what it loads", () => {
    const storage = storageWithBoard(name);
    const stored: Uint8Array[] = [];
    const live = liveDocument(storage, stored);
    const update = noteUpdate("once", "a");
    live.applyClientUpdate(update, "client");
    // The same bytes again (a client resending after a reconnect) change nothing.
    live.applyClientUpdate(update, "client");
    expect(stored).toHaveLength(1);
    live.hibernateIfIdle(Date.now() + 1500);
    void live.doc;
    expect(stored).toHaveLength(1);
    expect(storage.loadDoc(name).updates).toHaveLength(0);
  });
});

describe("LiveDocument when compaction fails", () => {
  it("keeps the document in memory and the update log intact", () => {
    const storage = storageWithBoard(name);
    const live = liveDocument(storage);
    live.applyClientUpdate(noteUpdate("kept", "a"), "client");
    storage.compactDoc = () => {
      throw new Error("disk full");
    };
    expect(live.hibernateIfIdle(Date.now() + 1500)).toBe(false);
    expect(live.isLoaded).toBe(true);
    expect(storage.loadDoc(name).updates).toHaveLength(1);
  });
});

describe("LiveDocument sending a client's update on", () => {
  it("stores and sends a new note as the client sent it, before its own copy applies it", () => {
    const storage = storageWithBoard(name);
    const sent: Uint8Array[] = [];
    let heldWhenSent: number | undefined;
    const live = new LiveDocument(name, storage, limits, log, {
      onStored: (update) => {
        sent.push(update);
        heldWhenSent = notesMap(live.doc).size;
      },
      onStorageFailure: () => {},
    });
    const update = noteUpdate("first", "a");
    expect(live.applyClientUpdate(update, "client")).toEqual({ ok: true });
    expect(sent).toEqual([update]);
    expect(heldWhenSent).toBe(0);
    expect(readBoard(live.doc).notes.map((note) => note.text)).toEqual(["first"]);
    expect(storage.loadDoc(name).updates).toEqual([Buffer.from(update)]);
  });

  it("applies a deletion first and stores only what it changed", () => {
    const storage = storageWithBoard(name);
    const stored: Uint8Array[] = [];
    const live = liveDocument(storage, stored);
    const client = new Y.Doc();
    const note = noteUpdate("short-lived", "gone");
    Y.applyUpdate(client, note);
    live.applyClientUpdate(note, "client");
    const before = Y.encodeStateVector(client);
    notesMap(client).delete("gone");
    const deletion = Y.encodeStateAsUpdate(client, before);
    live.applyClientUpdate(deletion, "client");
    live.applyClientUpdate(deletion, "client");
    expect(stored).toHaveLength(2);
    expect(notesMap(live.doc).has("gone")).toBe(false);
  });
});

describe("LiveDocument loading damaged storage", () => {
  it("skips a stored update that does not load, keeps the rest and is read-only", () => {
    const storage = storageWithBoard(name);
    storage.appendUpdate(name, noteUpdate("before the damage", "a"));
    storage.appendUpdate(name, Uint8Array.of(1, 200, 7, 7));
    storage.appendUpdate(name, noteUpdate("after the damage", "b"));
    const rowsBefore = storage.loadDoc(name);
    const stored: Uint8Array[] = [];
    const live = liveDocument(storage, stored);
    const board = readBoard(live.doc);
    expect(board.notes.map((note) => note.text).sort()).toEqual([
      "after the damage",
      "before the damage",
    ]);
    expect(board.lanes).toHaveLength(5);
    // The summary the REST API reads skips it too.
    const summary = new Y.Doc();
    Y.applyUpdate(summary, mergedState(storage.loadDoc(name)) ?? new Uint8Array());
    expect(notesMap(summary).size).toBe(2);
    // A write is refused and nothing is stored; what a connecting client sends still passes.
    const verdict = live.applyClientUpdate(noteUpdate("a new note", "c"), "client");
    expect(verdict).toMatchObject({ ok: false, code: 4423 });
    expect(live.applyClientUpdate(Y.encodeStateAsUpdate(live.doc), "client").ok).toBe(true);
    expect(stored).toHaveLength(0);
    // Never compacted over: the rows stay as they were, and a copy of the damaged one is kept.
    expect(live.hibernateIfIdle(Date.now() + 1500)).toBe(true);
    expect(storage.loadDoc(name)).toEqual(rowsBefore);
    expect(storage.faults.damagedDocs()).toEqual([
      expect.objectContaining({ doc: "board", pieces: 1 }),
    ]);
  });
});
