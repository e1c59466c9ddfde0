import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "./board";
import { createCluster, dissolveCluster, moveCluster } from "./clusterOps";
import { notesMap, trashMap } from "./doc";
import { addNote, deleteNote } from "./noteOps";
import { snapshotBoard } from "./snapshot";
import { countTransactions, expectRejected, newBoard, replicaOf, syncDocs } from "./testBoards";
import { mayRestore, readTrash, TRASH_KEEP_MS } from "./trash";
import { purgeTrash, restoreNote } from "./trashOps";

const DAY = 24 * 60 * 60 * 1000;

function noteOf(doc: Y.Doc, id: string) {
  return readBoard(doc).notes.find((note) => note.id === id);
}

describe("deleteNote", () => {
  it("moves the note to the trash in the same transaction, with who deleted it and when", () => {
    const doc = newBoard();
    const id = addNote(doc, { lane: "p2", text: "Bus passes", author: "ada", color: "#bfdbfe" });
    const transactions = countTransactions(doc, () =>
      deleteNote(doc, id, "local", { deletedBy: "ben", now: 5_000 }),
    );
    expect(transactions).toBe(1);
    expect(notesMap(doc).has(id)).toBe(false);
    expect(readTrash(doc)).toEqual([
      expect.objectContaining({
        id,
        text: "Bus passes",
        lane: "p2",
        cluster: null,
        clusterTitle: null,
        color: "#bfdbfe",
        author: "ada",
        deletedBy: "ben",
        deletedAt: 5_000,
      }),
    ]);
  });

  it("keeps the cluster's id and title, and leaves the trash out of every export", () => {
    const doc = newBoard();
    const a = addNote(doc, { lane: "p1", text: "Kilns" });
    const b = addNote(doc, { lane: "p1", text: "Clay" });
    const cluster = createCluster(doc, { lane: "p1", title: "Ceramics", noteIds: [a, b] });
    deleteNote(doc, a, "local", { deletedBy: "ben" });
    expect(readTrash(doc)[0]).toMatchObject({ cluster, clusterTitle: "Ceramics" });
    const exported = JSON.stringify(snapshotBoard(doc, { boardId: "b", totals: {}, names: {} }));
    expect(exported).not.toContain("Kilns");
    expect(readBoard(doc).notes.map((note) => note.text)).toEqual(["Clay"]);
  });

  it("lists the newest deletion first", () => {
    const doc = newBoard();
    const a = addNote(doc, { lane: "p1", text: "old" });
    const b = addNote(doc, { lane: "p1", text: "new" });
    deleteNote(doc, a, "local", { now: 1 });
    deleteNote(doc, b, "local", { now: 2 });
    expect(readTrash(doc).map((entry) => entry.text)).toEqual(["new", "old"]);
  });
});

describe("restoreNote", () => {
  it("puts the note back under its own id with its text, lane, order, colour and author", () => {
    const doc = newBoard();
    const first = addNote(doc, { lane: "p3", text: "first", author: "ada", createdAt: 9 });
    const id = addNote(doc, { lane: "p3", text: "second", author: "ada", color: "#fbcfe8" });
    addNote(doc, { lane: "p3", text: "third" });
    const before = noteOf(doc, id);
    deleteNote(doc, id, "local", { deletedBy: "ben" });
    expect(countTransactions(doc, () => restoreNote(doc, id))).toBe(1);
    expect(noteOf(doc, id)).toEqual(before);
    expect(readBoard(doc).notes.map((note) => note.text)).toEqual(["first", "second", "third"]);
    expect(readTrash(doc)).toEqual([]);
    expect(noteOf(doc, first)?.createdAt).toBe(9);
  });

  it("joins its cluster, following it to another lane", () => {
    const doc = newBoard();
    const a = addNote(doc, { lane: "p1", text: "a" });
    const b = addNote(doc, { lane: "p1", text: "b" });
    const cluster = createCluster(doc, { lane: "p1", title: "Both", noteIds: [a, b] });
    deleteNote(doc, a);
    moveCluster(doc, cluster, { lane: "p4" });
    expect(restoreNote(doc, a)).toEqual({ lane: "p4", cluster });
    expect(noteOf(doc, a)).toMatchObject({ lane: "p4", cluster });
  });

  it("makes a cluster that is gone again, under the same id and title", () => {
    const doc = newBoard();
    const a = addNote(doc, { lane: "p1", text: "a" });
    const b = addNote(doc, { lane: "p1", text: "b" });
    const cluster = createCluster(doc, { lane: "p1", title: "Both", noteIds: [a, b] });
    deleteNote(doc, a);
    deleteNote(doc, b);
    dissolveCluster(doc, cluster);
    restoreNote(doc, a);
    restoreNote(doc, b);
    const board = readBoard(doc);
    expect(board.clusters).toEqual([expect.objectContaining({ id: cluster, title: "Both" })]);
    expect(board.notes.map((note) => [note.text, note.cluster])).toEqual([
      ["a", cluster],
      ["b", cluster],
    ]);
  });

  it("uses the inbox when the lane is gone", () => {
    const doc = newBoard();
    const id = addNote(doc, { lane: "p2", text: "x" });
    deleteNote(doc, id);
    const entry = trashMap(doc).get(id) as Record<string, unknown>;
    trashMap(doc).set(id, { ...entry, lane: "gone" });
    expect(restoreNote(doc, id).lane).toBe("inbox");
  });

  it("refuses an unknown entry or a note already back, without writing", () => {
    const doc = newBoard();
    const id = addNote(doc, { lane: "p2", text: "x" });
    expectRejected(doc, "unknown-note", () => restoreNote(doc, "nope"));
    deleteNote(doc, id);
    const replica = replicaOf(doc);
    restoreNote(replica, id);
    restoreNote(doc, id);
    syncDocs(doc, replica);
    expect(readBoard(doc).notes).toHaveLength(1);
    expect(readTrash(replica)).toEqual([]);
    expectRejected(doc, "unknown-note", () => restoreNote(doc, id));
  });
});

describe("purgeTrash", () => {
  it("removes entries older than 30 days in one transaction and keeps the rest", () => {
    const doc = newBoard();
    const now = 100 * DAY;
    const old = addNote(doc, { lane: "p1", text: "old" });
    const recent = addNote(doc, { lane: "p1", text: "recent" });
    deleteNote(doc, old, "local", { now: now - TRASH_KEEP_MS - 1 });
    deleteNote(doc, recent, "local", { now: now - 29 * DAY });
    expect(countTransactions(doc, () => expect(purgeTrash(doc, now)).toBe(1))).toBe(1);
    expect(readTrash(doc).map((entry) => entry.text)).toEqual(["recent"]);
    expect(countTransactions(doc, () => expect(purgeTrash(doc, now)).toBe(0))).toBe(0);
  });
});

describe("mayRestore", () => {
  it("lets the author and the facilitator restore, nobody else", () => {
    const entry = { author: "ada" };
    expect(mayRestore(entry, { facilitator: false, participantId: "ada" })).toBe(true);
    expect(mayRestore(entry, { facilitator: false, participantId: "ben" })).toBe(false);
    expect(mayRestore(entry, { facilitator: true, participantId: null })).toBe(true);
    expect(mayRestore({ author: null }, { facilitator: false, participantId: null })).toBe(false);
  });
});

it("stores entries as plain objects, written whole", () => {
  const doc = newBoard();
  const id = addNote(doc, { lane: "p1", text: "x" });
  deleteNote(doc, id);
  expect(trashMap(doc).get(id)).not.toBeInstanceOf(Y.Map);
});
