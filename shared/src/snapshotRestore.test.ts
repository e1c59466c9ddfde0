import { describe, expect, it } from "vitest";
import { readBoard } from "./board";
import { renameBoard } from "./boardOps";
import { createCluster, renameCluster } from "./clusterOps";
import { sampleBoard } from "./export/sampleBoard";
import { renameLane } from "./laneOps";
import { addNote, deleteNote, moveNote } from "./noteOps";
import { editNoteText } from "./noteTextOps";
import { snapshotBoard } from "./snapshot";
import { restoreSnapshot } from "./snapshotRestore";
import { countTransactions, expectRejected, newBoard } from "./testBoards";
import { readTrash } from "./trash";
import { restoreNote } from "./trashOps";

const names = { alice: "Alice Ng" };

/** What a board holds, without order keys (a restore writes fresh ones in the same order). */
function picture(doc: Parameters<typeof readBoard>[0]) {
  const snapshot = snapshotBoard(doc, { boardId: "b", totals: null, names, now: 0 });
  return { ...snapshot, board: { ...snapshot.board, exportedAt: "" } };
}

describe("restoreSnapshot", () => {
  it("puts back notes, clusters, lane titles and the board title in one transaction", () => {
    const doc = sampleBoard();
    const before = picture(doc);
    const frozen = JSON.parse(JSON.stringify(before));
    // Everything changes afterwards: a new note, an edit, a move, a deletion, renames.
    const added = addNote(doc, { lane: "p3", text: "Written since" });
    editNoteText(doc, "plain", "Plain idea, edited");
    moveNote(doc, "doors", { lane: "p4" });
    deleteNote(doc, "formula", "local", { deletedBy: "bob" });
    renameLane(doc, "p1", { title: "Now", subtitle: "" });
    renameBoard(doc, "Renamed");
    const transactions = countTransactions(doc, () => {
      expect(restoreSnapshot(doc, frozen, { now: 10 })).toEqual({
        notes: readBoard(sampleBoard()).notes.length,
        clusters: readBoard(sampleBoard()).clusters.length,
      });
    });
    expect(transactions).toBe(1);
    expect(picture(doc)).toEqual(before);
    // The note written since is in the trash, not lost; the deleted one left the trash.
    expect(readTrash(doc).map((entry) => [entry.id, entry.text, entry.deletedBy])).toEqual([
      [added, "Written since", null],
    ]);
    restoreNote(doc, added);
    expect(readBoard(doc).notes.some((note) => note.id === added)).toBe(true);
  });

  it("brings a removed cluster back under its id, and removes a cluster made since", () => {
    const doc = newBoard();
    const a = addNote(doc, { lane: "p1", text: "a" });
    const b = addNote(doc, { lane: "p1", text: "b" });
    const cluster = createCluster(doc, { lane: "p1", title: "Pair", noteIds: [a, b] });
    const frozen = JSON.parse(JSON.stringify(picture(doc)));
    deleteNote(doc, a);
    deleteNote(doc, b);
    renameCluster(doc, cluster, "Gone");
    const c = addNote(doc, { lane: "p2", text: "c" });
    const d = addNote(doc, { lane: "p2", text: "d" });
    createCluster(doc, { lane: "p2", title: "New", noteIds: [c, d] });
    restoreSnapshot(doc, frozen);
    const board = readBoard(doc);
    expect(board.clusters.map((cl) => [cl.id, cl.title])).toEqual([[cluster, "Pair"]]);
    expect(board.notes.map((note) => [note.id, note.cluster])).toEqual([
      [a, cluster],
      [b, cluster],
    ]);
  });

  it("sends notes of a lane the board lacks to the inbox", () => {
    const doc = newBoard();
    const snapshot = {
      board: { title: "Old" },
      lanes: [{ id: "gone", title: "Gone", clusters: [], notes: [{ id: "n1", text: "x" }] }],
    };
    restoreSnapshot(doc, snapshot);
    expect(readBoard(doc).notes.map((note) => [note.text, note.lane])).toEqual([["x", "inbox"]]);
    expect(readBoard(doc).title).toBe("Old");
  });

  it("refuses what is not a snapshot without writing", () => {
    const doc = newBoard();
    expectRejected(doc, "invalid-input", () => restoreSnapshot(doc, { lanes: "no" }));
    expectRejected(doc, "invalid-input", () => restoreSnapshot(doc, null));
  });
});
