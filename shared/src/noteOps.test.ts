import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { notesInLane, readBoard } from "./board";
import { createCluster } from "./clusterOps";
import { notesMap } from "./doc";
import { MAX_NOTE_TEXT } from "./note";
import { addNote, deleteNote, moveNote, setNoteColor } from "./noteOps";
import { countTransactions, expectRejected, newBoard, replicaOf, syncDocs } from "./testBoards";

function laneIds(doc: Y.Doc, lane: string): string[] {
  return notesInLane(readBoard(doc), lane).map((note) => note.id);
}

describe("addNote", () => {
  it("creates a complete note at the end of the lane in one transaction", () => {
    const doc = newBoard();
    const first = addNote(doc, { lane: "p1", text: "one", author: "alice", createdAt: 7 });
    let second = "";
    expect(countTransactions(doc, () => (second = addNote(doc, { lane: "p1" })))).toBe(1);
    expect(laneIds(doc, "p1")).toEqual([first, second]);
    expect(readBoard(doc).notes.find((n) => n.id === first)).toMatchObject({
      text: "one",
      lane: "p1",
      cluster: null,
      author: "alice",
      createdAt: 7,
    });
    expect(notesMap(doc).get(first)).toBeInstanceOf(Y.Map);
  });

  it("places relative to neighbours or at an index", () => {
    const doc = newBoard();
    const a = addNote(doc, { lane: "p1", id: "a" });
    const c = addNote(doc, { lane: "p1", id: "c" });
    const b = addNote(doc, { lane: "p1", id: "b", after: a });
    const z = addNote(doc, { lane: "p1", id: "z", before: a });
    const m = addNote(doc, { lane: "p1", id: "m", index: 2 });
    expect(laneIds(doc, "p1")).toEqual([z, a, m, b, c]);
  });

  it("rejects bad input without changing the document", () => {
    const doc = newBoard();
    const a = addNote(doc, { lane: "p1", id: "a" });
    expectRejected(doc, "unknown-lane", () => addNote(doc, { lane: "nope" }));
    expectRejected(doc, "note-too-long", () =>
      addNote(doc, { lane: "p1", text: "x".repeat(MAX_NOTE_TEXT + 1) }),
    );
    expectRejected(doc, "invalid-input", () => addNote(doc, { lane: "p1", color: "red" }));
    expectRejected(doc, "invalid-input", () => addNote(doc, { lane: "p1", id: a }));
    expectRejected(doc, "invalid-input", () => addNote(doc, { lane: "p1", id: "bad id" }));
    expectRejected(doc, "invalid-input", () => addNote(doc, { lane: "p2", after: a }));
    expectRejected(doc, "invalid-input", () => addNote(doc, { lane: "p1", index: -1 }));
    expectRejected(doc, "unknown-cluster", () => addNote(doc, { lane: "p1", cluster: "c9" }));
  });
});

describe("moveNote", () => {
  it("moves between lanes and reorders within a lane", () => {
    const doc = newBoard();
    const [a, b, c] = ["a", "b", "c"].map((id) => addNote(doc, { lane: "inbox", id }));
    expect(countTransactions(doc, () => moveNote(doc, b as string, { lane: "p1" }))).toBe(1);
    expect(laneIds(doc, "inbox")).toEqual([a, c]);
    expect(laneIds(doc, "p1")).toEqual([b]);
    moveNote(doc, c as string, { lane: "inbox", before: a });
    expect(laneIds(doc, "inbox")).toEqual([c, a]);
    moveNote(doc, c as string, { lane: "p1", after: b });
    expect(laneIds(doc, "p1")).toEqual([b, c]);
  });

  it("leaves the cluster when moved to another lane, keeps it within the lane", () => {
    const doc = newBoard();
    const a = addNote(doc, { lane: "p1", id: "a" });
    const b = addNote(doc, { lane: "p1", id: "b" });
    const cluster = createCluster(doc, { lane: "p1", noteIds: [a, b] });
    moveNote(doc, a, { lane: "p1", after: b });
    expect(readBoard(doc).notes.find((n) => n.id === a)?.cluster).toBe(cluster);
    moveNote(doc, a, { lane: "p2" });
    expect((notesMap(doc).get(a) as Y.Map<unknown>).has("cluster")).toBe(false);
    moveNote(doc, b, { lane: "p1", cluster: null });
    expect(readBoard(doc).notes.find((n) => n.id === b)?.cluster).toBeNull();
  });

  it("rejects unknown notes, lanes and neighbours", () => {
    const doc = newBoard();
    const a = addNote(doc, { lane: "p1", id: "a" });
    const b = addNote(doc, { lane: "p2", id: "b" });
    expectRejected(doc, "unknown-note", () => moveNote(doc, "zz", { lane: "p1" }));
    expectRejected(doc, "unknown-lane", () => moveNote(doc, a, { lane: "p7" }));
    expectRejected(doc, "invalid-input", () => moveNote(doc, a, { lane: "p1", before: b }));
    expectRejected(doc, "invalid-input", () => moveNote(doc, a, { lane: "p1", after: a }));
    expectRejected(doc, "unknown-cluster", () => moveNote(doc, a, { lane: "p1", cluster: "x" }));
  });

  it("converges to the same order when two people insert at the same spot", () => {
    const a = newBoard();
    const first = addNote(a, { lane: "p1", id: "first" });
    const last = addNote(a, { lane: "p1", id: "last" });
    const b = replicaOf(a);
    addNote(a, { lane: "p1", id: "fromA", after: first });
    addNote(b, { lane: "p1", id: "fromB", after: first });
    moveNote(a, last, { lane: "p1", index: 0 });
    syncDocs(a, b);
    const orders = readBoard(a)
      .notes.filter((n) => n.id.startsWith("from"))
      .map((n) => n.order);
    expect(orders[0]).toBe(orders[1]);
    expect(laneIds(a, "p1")).toEqual(laneIds(b, "p1"));
    expect(laneIds(a, "p1")).toEqual(["last", "first", "fromA", "fromB"]);
    // Both new notes share a key; dropping between them must still land exactly there.
    addNote(b, { lane: "p1", id: "middle", after: "fromA" });
    syncDocs(a, b);
    expect(laneIds(a, "p1")).toEqual(["last", "first", "fromA", "middle", "fromB"]);
    expect(laneIds(b, "p1")).toEqual(laneIds(a, "p1"));
  });
});

describe("deleteNote and setNoteColor", () => {
  it("deletes and recolours in one transaction each", () => {
    const doc = newBoard();
    const id = addNote(doc, { lane: "p1" });
    expect(countTransactions(doc, () => setNoteColor(doc, id, "#BBF7D0"))).toBe(1);
    expect(readBoard(doc).notes[0]?.color).toBe("#bbf7d0");
    expect(countTransactions(doc, () => deleteNote(doc, id))).toBe(1);
    expect(readBoard(doc).notes).toEqual([]);
  });

  it("rejects unknown notes and bad colours", () => {
    const doc = newBoard();
    const id = addNote(doc, { lane: "p1" });
    expectRejected(doc, "unknown-note", () => deleteNote(doc, "missing"));
    expectRejected(doc, "invalid-input", () => setNoteColor(doc, id, "url(javascript:x)"));
    expectRejected(doc, "unknown-note", () => setNoteColor(doc, "missing", "#ffffff"));
  });
});
