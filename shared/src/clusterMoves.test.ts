import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { notesInCluster, notesInLane, readBoard } from "./board";
import { groupNotes, joinCluster, leaveCluster, moveNoteTo } from "./clusterMoves";
import { createCluster } from "./clusterOps";
import { addNote } from "./noteOps";
import { countTransactions, newBoard } from "./testBoards";

function members(doc: Y.Doc, cluster: string): string[] {
  return notesInCluster(readBoard(doc), cluster).map((note) => note.id);
}

const clusterIds = (doc: Y.Doc) => readBoard(doc).clusters.map((cluster) => cluster.id);

/** p1: a, b (in cluster "pair"), c; p2: x. */
function board(): { doc: Y.Doc; pair: string } {
  const doc = newBoard();
  for (const id of ["a", "b", "c"]) addNote(doc, { lane: "p1", id, text: `note ${id}` });
  addNote(doc, { lane: "p2", id: "x", text: "note x" });
  const pair = createCluster(doc, { lane: "p1", title: "Pair", noteIds: ["a", "b"] });
  return { doc, pair };
}

describe("moveNoteTo", () => {
  it("moves a note out of a cluster that keeps another note, in one transaction", () => {
    const { doc, pair } = board();
    const count = countTransactions(doc, () =>
      moveNoteTo(doc, "a", { lane: "p2", after: "x", cluster: null }),
    );
    expect(count).toBe(1);
    expect(members(doc, pair)).toEqual(["b"]);
    expect(notesInLane(readBoard(doc), "p2").map((note) => note.id)).toEqual(["x", "a"]);
  });

  it("removes the cluster its last note left, in the same transaction", () => {
    const { doc, pair } = board();
    moveNoteTo(doc, "a", { lane: "p2", cluster: null });
    const count = countTransactions(doc, () => moveNoteTo(doc, "b", { lane: "p3", cluster: null }));
    expect(count).toBe(1);
    expect(clusterIds(doc)).not.toContain(pair);
  });

  it("keeps a cluster its note moves within", () => {
    const { doc, pair } = board();
    moveNoteTo(doc, "b", { lane: "p1", before: "a", cluster: pair });
    expect(members(doc, pair)).toEqual(["b", "a"]);
  });
});

describe("leaveCluster", () => {
  it("takes a note out and removes the emptied cluster; a note in none answers false", () => {
    const { doc, pair } = board();
    expect(leaveCluster(doc, "a")).toBe(true);
    expect(clusterIds(doc)).toContain(pair);
    expect(leaveCluster(doc, "b")).toBe(true);
    expect(clusterIds(doc)).not.toContain(pair);
    expect(notesInLane(readBoard(doc), "p1").map((note) => note.id)).toEqual(["a", "b", "c"]);
    expect(leaveCluster(doc, "c")).toBe(false);
  });
});

describe("joinCluster", () => {
  it("puts a note from another lane at the end of the cluster, in its lane", () => {
    const { doc, pair } = board();
    expect(joinCluster(doc, "x", pair)).toBe(true);
    expect(members(doc, pair)).toEqual(["a", "b", "x"]);
    expect(readBoard(doc).notes.find((note) => note.id === "x")?.lane).toBe("p1");
    expect(joinCluster(doc, "c", "no-such-cluster")).toBe(false);
  });
});

describe("groupNotes", () => {
  it("makes a new cluster of the two in the target's lane, target first, in one transaction", () => {
    const { doc } = board();
    let made: string | null = null;
    const count = countTransactions(doc, () => {
      made = groupNotes(doc, "x", "c", "Note c");
    });
    expect(count).toBe(1);
    expect(made).not.toBeNull();
    const cluster = readBoard(doc).clusters.find((c) => c.id === made);
    expect(cluster).toMatchObject({ title: "Note c", lane: "p1" });
    expect(members(doc, made as unknown as string)).toEqual(["c", "x"]);
  });

  it("joins the target's cluster at its end, and removes the cluster the note left empty", () => {
    const { doc, pair } = board();
    const other = groupNotes(doc, "x", "c", "Other") as string;
    leaveCluster(doc, "c");
    expect(groupNotes(doc, "x", "a", "ignored")).toBe(pair);
    expect(members(doc, pair)).toEqual(["a", "b", "x"]);
    expect(clusterIds(doc)).not.toContain(other);
  });

  it("groups nothing with itself or with a note that is not there", () => {
    const { doc } = board();
    expect(groupNotes(doc, "c", "c", "Self")).toBeNull();
    expect(groupNotes(doc, "c", "gone", "Gone")).toBeNull();
    expect(readBoard(doc).clusters).toHaveLength(1);
  });
});
