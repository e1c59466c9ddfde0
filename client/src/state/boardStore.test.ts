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
