import { addNote, deleteNote, initBoard, readBoard, readTrash } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { mirrorLanes } from "./publishDrafts";
import { createUndo, outsideUndo } from "./undo";

function docs() {
  const board = new Y.Doc();
  initBoard(board, { title: "Retro", createdAt: 1 }, "migration");
  const drafts = new Y.Doc();
  mirrorLanes(board, drafts);
  return { board, drafts, undo: createUndo([board, drafts]) };
}

const texts = (doc: Y.Doc) => readBoard(doc).notes.map((note) => note.text);

describe("createUndo over the board and the drafts", () => {
  it("takes back the latest step, whichever document it was made in", () => {
    const { board, drafts, undo } = docs();
    addNote(board, { lane: "p1", text: "shared" });
    addNote(drafts, { lane: "p1", text: "private" });
    expect(undo.canUndo()).toBe(true);
    undo.undo();
    expect(texts(drafts)).toEqual([]);
    expect(texts(board)).toEqual(["shared"]);
    undo.undo();
    expect(texts(board)).toEqual([]);
    expect(undo.canUndo()).toBe(false);
    undo.redo();
    expect(texts(board)).toEqual(["shared"]);
  });

  it("forgets one document's steps, e.g. drafts once published", () => {
    const { board, drafts, undo } = docs();
    addNote(board, { lane: "p1", text: "shared" });
    addNote(drafts, { lane: "p1", text: "private" });
    undo.forget(drafts);
    undo.undo();
    expect(texts(drafts)).toEqual(["private"]);
    expect(texts(board)).toEqual([]);
  });

  it("ends every document's redo with a new change, as one history would", () => {
    const { board, drafts, undo } = docs();
    addNote(board, { lane: "p1", text: "shared" });
    undo.undo();
    expect(undo.canRedo()).toBe(true);
    addNote(drafts, { lane: "p1", text: "private" });
    expect(undo.canRedo()).toBe(false);
  });

  it("does not track changes that are not this person's own", () => {
    const { board, undo } = docs();
    addNote(board, { lane: "p1", text: "theirs" }, "remote");
    expect(undo.canUndo()).toBe(false);
  });
});

describe("undo and the trash", () => {
  it("takes one's own delete back out of the trash, and redoes it into the trash again", () => {
    const { board, undo } = docs();
    const id = addNote(board, { lane: "p1", text: "mine", author: "ada" });
    undo.endStep();
    deleteNote(board, id, "local", { deletedBy: "ada" });
    expect(readTrash(board).map((entry) => entry.id)).toEqual([id]);
    undo.undo();
    expect(texts(board)).toEqual(["mine"]);
    expect(readTrash(board)).toEqual([]);
    undo.redo();
    expect(texts(board)).toEqual([]);
    expect(readTrash(board).map((entry) => entry.id)).toEqual([id]);
  });

  it("leaves a delete made outside undo alone: Undo takes back the step before it", () => {
    const { board, undo } = docs();
    const theirs = addNote(board, { lane: "p1", text: "theirs", author: "ben" }, "remote");
    addNote(board, { lane: "p2", text: "mine" });
    undo.endStep();
    outsideUndo(board, () => deleteNote(board, theirs, "local", { deletedBy: "ada" }));
    undo.undo();
    expect(texts(board)).toEqual([]);
    expect(readTrash(board).map((entry) => entry.id)).toEqual([theirs]);
    expect(undo.canUndo()).toBe(false);
  });
});
