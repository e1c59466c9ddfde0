import { notesMap, readBoard } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { limits } from "../limits";
import { createLogger } from "../log";
import type { SqliteStorage } from "../storage/sqlite";
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
