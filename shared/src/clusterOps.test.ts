import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { clustersInLane, notesInCluster, notesInLane, readBoard } from "./board";
import {
  addNoteToCluster,
  createCluster,
  dissolveCluster,
  moveCluster,
  removeNoteFromCluster,
  renameCluster,
} from "./clusterOps";
import { addNote } from "./noteOps";
import { countTransactions, expectRejected, newBoard, replicaOf, syncDocs } from "./testBoards";
import { MAX_TITLE } from "./text";

function members(doc: Y.Doc, cluster: string): string[] {
  return notesInCluster(readBoard(doc), cluster).map((note) => note.id);
}

function boardWithNotes(): Y.Doc {
  const doc = newBoard();
  for (const id of ["a", "b", "c"]) addNote(doc, { lane: "p1", id, text: id });
  addNote(doc, { lane: "p2", id: "x", text: "x" });
  return doc;
}

describe("createCluster", () => {
  it("groups notes and pulls notes from other lanes into the cluster's lane", () => {
    const doc = boardWithNotes();
    let id = "";
    const count = countTransactions(doc, () => {
      id = createCluster(doc, { lane: "p1", title: " Quick wins ", noteIds: ["a", "x", "a"] });
    });
    expect(count).toBe(1);
    const board = readBoard(doc);
    expect(board.clusters).toEqual([
      { id, title: "Quick wins", lane: "p1", order: "a0", priorVotes: null },
    ]);
    expect(members(doc, id)).toEqual(["a", "x"]);
    expect(notesInLane(board, "p1").map((n) => n.id)).toEqual(["a", "b", "c", "x"]);
  });

  it("orders clusters within a lane", () => {
    const doc = boardWithNotes();
    const first = createCluster(doc, { lane: "p1", noteIds: ["a"], id: "first" });
    const second = createCluster(doc, { lane: "p1", noteIds: ["b"], id: "second", before: first });
    expect(clustersInLane(readBoard(doc), "p1").map((c) => c.id)).toEqual([second, first]);
  });

  it("rejects bad input without changing the document", () => {
    const doc = boardWithNotes();
    const existing = createCluster(doc, { lane: "p1", noteIds: ["a"] });
    expectRejected(doc, "unknown-lane", () => createCluster(doc, { lane: "p8", noteIds: ["a"] }));
    expectRejected(doc, "unknown-note", () =>
      createCluster(doc, { lane: "p1", noteIds: ["b", "ghost"] }),
    );
    expectRejected(doc, "invalid-input", () =>
      createCluster(doc, { lane: "p1", noteIds: "a" as unknown as string[] }),
    );
    expectRejected(doc, "invalid-input", () =>
      createCluster(doc, { lane: "p1", noteIds: [], id: existing }),
    );
    expectRejected(doc, "title-too-long", () =>
      createCluster(doc, { lane: "p1", noteIds: ["b"], title: "t".repeat(MAX_TITLE + 1) }),
    );
  });
});

describe("cluster membership", () => {
  it("adds notes (moving them into the lane) and removes them", () => {
    const doc = boardWithNotes();
    const id = createCluster(doc, { lane: "p1", noteIds: ["a"] });
    expect(countTransactions(doc, () => addNoteToCluster(doc, "x", id))).toBe(1);
    expect(members(doc, id)).toEqual(["a", "x"]);
    expect(countTransactions(doc, () => removeNoteFromCluster(doc, "a"))).toBe(1);
    expect(members(doc, id)).toEqual(["x"]);
    expect(readBoard(doc).notes.find((n) => n.id === "a")?.lane).toBe("p1");
    expectRejected(doc, "unknown-cluster", () => addNoteToCluster(doc, "b", "nope"));
    expectRejected(doc, "unknown-note", () => addNoteToCluster(doc, "nope", id));
    expectRejected(doc, "unknown-note", () => removeNoteFromCluster(doc, "nope"));
  });

  it("renames, allowing an empty title", () => {
    const doc = boardWithNotes();
    const id = createCluster(doc, { lane: "p1", noteIds: ["a"], title: "Old" });
    renameCluster(doc, id, "  New ");
    expect(readBoard(doc).clusters[0]?.title).toBe("New");
    renameCluster(doc, id, "");
    expect(readBoard(doc).clusters[0]?.title).toBe("");
    expectRejected(doc, "unknown-cluster", () => renameCluster(doc, "nope", "x"));
  });
});

describe("moveCluster", () => {
  it("carries its notes to the new lane in their order, in one transaction", () => {
    const doc = boardWithNotes();
    const id = createCluster(doc, { lane: "p1", noteIds: ["c", "a"] });
    expect(countTransactions(doc, () => moveCluster(doc, id, { lane: "p2" }))).toBe(1);
    const board = readBoard(doc);
    expect(board.clusters[0]?.lane).toBe("p2");
    expect(notesInLane(board, "p1").map((n) => n.id)).toEqual(["b"]);
    expect(notesInLane(board, "p2").map((n) => n.id)).toEqual(["x", "a", "c"]);
    expect(members(doc, id)).toEqual(["a", "c"]);
  });

  it("reorders clusters within a lane and rejects bad targets", () => {
    const doc = boardWithNotes();
    const one = createCluster(doc, { lane: "p1", noteIds: ["a"], id: "one" });
    const two = createCluster(doc, { lane: "p1", noteIds: ["b"], id: "two" });
    moveCluster(doc, two, { lane: "p1", before: one });
    expect(clustersInLane(readBoard(doc), "p1").map((c) => c.id)).toEqual([two, one]);
    expectRejected(doc, "unknown-cluster", () => moveCluster(doc, "nope", { lane: "p1" }));
    expectRejected(doc, "unknown-lane", () => moveCluster(doc, one, { lane: "nope" }));
    expectRejected(doc, "invalid-input", () => moveCluster(doc, one, { lane: "p1", after: one }));
  });

  it("converges with a note added concurrently in the old lane", () => {
    const a = boardWithNotes();
    const id = createCluster(a, { lane: "p1", noteIds: ["a"] });
    const b = replicaOf(a);
    moveCluster(a, id, { lane: "p3" });
    addNote(b, { lane: "p1", id: "late", text: "late" });
    syncDocs(a, b);
    expect(readBoard(a)).toEqual(readBoard(b));
    expect(members(b, id)).toEqual(["a"]);
    expect(readBoard(b).notes.find((n) => n.id === "a")?.lane).toBe("p3");
  });
});

describe("dissolveCluster", () => {
  it("removes the cluster and keeps its notes where they were", () => {
    const doc = boardWithNotes();
    const id = createCluster(doc, { lane: "p1", noteIds: ["a", "b"] });
    const before = notesInLane(readBoard(doc), "p1").map((n) => [n.id, n.order]);
    expect(countTransactions(doc, () => dissolveCluster(doc, id))).toBe(1);
    const board = readBoard(doc);
    expect(board.clusters).toEqual([]);
    expect(notesInLane(board, "p1").map((n) => [n.id, n.order])).toEqual(before);
    expect(board.notes.every((n) => n.cluster === null)).toBe(true);
    expectRejected(doc, "unknown-cluster", () => dissolveCluster(doc, id));
  });
});
