import type { Note } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { initialBoardStore, reconcile } from "./boardStore";
import { testBoard, testNote } from "./testBoards";

const note = (id: string, lane: string, text: string) => testNote(id, lane, null, text);
const board = (notes: Note[]) => testBoard(notes);

describe("reconcile", () => {
  it("keeps unchanged notes and lanes as the same objects, so only changed notes re-render", () => {
    const first = {
      ...initialBoardStore,
      ...reconcile(initialBoardStore, board([note("a", "p1", "x"), note("b", "p1", "y")])),
    };
    const second = reconcile(first, board([note("a", "p1", "x"), note("b", "p1", "y, edited")]));
    expect(second.notes.a).toBe(first.notes.a);
    expect(second.notes.b).not.toBe(first.notes.b);
    expect(second.notes.b?.text).toBe("y, edited");
    expect(second.lanes).toBe(first.lanes);
    expect(second.noteIdsByLane.p1).toBe(first.noteIdsByLane.p1);
  });

  it("lists each lane's notes in order, empty lanes included", () => {
    const next = reconcile(
      initialBoardStore,
      board([note("a", "p1", "x"), note("b", "inbox", "y")]),
    );
    expect(next.noteIdsByLane).toEqual({ inbox: ["b"], p1: ["a"], p2: [] });
    const moved = reconcile(
      { ...initialBoardStore, ...next },
      board([note("a", "inbox", "x"), note("b", "inbox", "y")]),
    );
    expect(moved.noteIdsByLane).toEqual({ inbox: ["a", "b"], p1: [], p2: [] });
  });
});

describe("reconcile with private drafts", () => {
  it("shows drafts after the lane's shared notes, flagged, and once published only once", () => {
    const drafts = [note("d1", "p1", "mine"), note("d2", "gone", "lost lane")];
    const next = reconcile(initialBoardStore, board([note("a", "p1", "x")]), drafts);
    expect(next.noteIdsByLane).toEqual({ inbox: ["d2"], p1: ["a", "d1"], p2: [] });
    // Drafts are loose notes: never in a cluster, shown after the board's own.
    expect(next.looseNoteIdsByLane.p1).toEqual(["a", "d1"]);
    expect(next.notes.d1?.draft).toBe(true);
    expect(next.notes.a?.draft).toBeUndefined();

    const published = reconcile(
      { ...initialBoardStore, ...next },
      board([note("a", "p1", "x"), { ...note("d1", "p1", "mine"), order: "b" }]),
      drafts,
    );
    expect(published.noteIdsByLane.p1).toEqual(["a", "d1"]);
    expect(published.notes.d1?.draft).toBeUndefined();
  });
});
