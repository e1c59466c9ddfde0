import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { notesInCluster, notesInLane, readBoard, readBoardTitle, summarizeBoard } from "./board";
import { createCluster } from "./clusterOps";
import { clustersMap, metaMap, notesMap } from "./doc";
import { SCHEMA_VERSION } from "./migrations";
import { addNote } from "./noteOps";
import { newBoard } from "./testBoards";

function rawNote(doc: Y.Doc, id: string, fields: Record<string, unknown>): void {
  const map = new Y.Map<unknown>();
  notesMap(doc).set(id, map);
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
}

describe("readBoard", () => {
  it("reads meta and sorted default lanes", () => {
    const board = readBoard(newBoard("Planning"));
    expect(board.title).toBe("Planning");
    expect(board.createdAt).toBe(1_700_000_000_000);
    expect(board.schemaVersion).toBe(SCHEMA_VERSION);
    expect(board.lanes.map((lane) => lane.title)).toEqual([
      "Unsorted",
      "Priority one",
      "Priority two",
      "Priority three",
      "Priority four",
    ]);
  });

  it("shows notes from unknown lanes in the inbox and skips non-map entries", () => {
    const doc = newBoard();
    rawNote(doc, "lost", { text: "where am I", lane: "p9" });
    notesMap(doc).set("junk", "not a note");
    const board = readBoard(doc);
    expect(board.notes.map((note) => [note.id, note.lane])).toEqual([["lost", "inbox"]]);
  });

  it("drops cluster links to missing clusters or clusters in other lanes", () => {
    const doc = newBoard();
    const a = addNote(doc, { lane: "p1", text: "a" });
    const c = createCluster(doc, { lane: "p1", noteIds: [a] });
    rawNote(doc, "ghost", { text: "g", lane: "p1", cluster: "missing" });
    rawNote(doc, "stray", { text: "s", lane: "p2", cluster: c });
    const board = readBoard(doc);
    expect(board.notes.find((n) => n.id === "ghost")?.cluster).toBeNull();
    expect(board.notes.find((n) => n.id === "stray")?.cluster).toBeNull();
    expect(notesInCluster(board, c).map((n) => n.id)).toEqual([a]);
  });

  it("always offers an inbox, even on a board that lacks one", () => {
    const doc = new Y.Doc();
    rawNote(doc, "n", { text: "x", lane: "p1" });
    const board = readBoard(doc);
    expect(board.lanes.map((lane) => lane.id)).toEqual(["inbox"]);
    expect(notesInLane(board, "inbox").map((n) => n.id)).toEqual(["n"]);
    expect(board.schemaVersion).toBe(0);
  });
});

describe("readBoardTitle", () => {
  it("reads meta.title, and the default for a board without a usable one", () => {
    expect(readBoardTitle(newBoard("Planning"))).toBe("Planning");
    expect(readBoardTitle(new Y.Doc())).toBe("Untitled board");
    const doc = newBoard();
    metaMap(doc).set("title", 42);
    expect(readBoardTitle(doc)).toBe("Untitled board");
    metaMap(doc).set("title", "   ");
    expect(readBoardTitle(doc)).toBe("Untitled board");
  });
});

describe("summarizeBoard", () => {
  it("counts notes per lane and clusters", () => {
    const doc = newBoard("Summary");
    const a = addNote(doc, { lane: "inbox", text: "a" });
    addNote(doc, { lane: "inbox", text: "b" });
    addNote(doc, { lane: "p2", text: "c" });
    createCluster(doc, { lane: "inbox", noteIds: [a] });
    clustersMap(doc).set("junk", 1);
    expect(summarizeBoard(doc)).toEqual({
      title: "Summary",
      lanes: [
        { id: "inbox", title: "Unsorted", notes: 2 },
        { id: "p1", title: "Priority one", notes: 0 },
        { id: "p2", title: "Priority two", notes: 1 },
        { id: "p3", title: "Priority three", notes: 0 },
        { id: "p4", title: "Priority four", notes: 0 },
      ],
      notes: 3,
      clusters: 1,
    });
  });
});
