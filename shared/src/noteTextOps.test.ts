import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "./board";
import { notesMap } from "./doc";
import { MAX_NOTE_TEXT } from "./note";
import { addNote } from "./noteOps";
import { deleteNoteText, editNoteText, insertNoteText } from "./noteTextOps";
import { countTransactions, expectRejected, newBoard, replicaOf, syncDocs } from "./testBoards";

function textOf(doc: Y.Doc, id: string): string | undefined {
  return readBoard(doc).notes.find((note) => note.id === id)?.text;
}

describe("note text", () => {
  it("keeps both words when two people edit the same note at once", () => {
    const a = newBoard();
    const id = addNote(a, { lane: "inbox", text: "hello world" });
    const b = replicaOf(a);
    expect(countTransactions(a, () => editNoteText(a, id, "hello brave world"))).toBe(1);
    editNoteText(b, id, "hello world!");
    syncDocs(a, b);
    expect(textOf(a, id)).toBe("hello brave world!");
    expect(textOf(b, id)).toBe("hello brave world!");
  });

  it("supports typed inserts and deletes", () => {
    const doc = newBoard();
    const id = addNote(doc, { lane: "inbox", text: "cat" });
    expect(countTransactions(doc, () => insertNoteText(doc, id, 0, "a "))).toBe(1);
    expect(countTransactions(doc, () => deleteNoteText(doc, id, 2, 1))).toBe(1);
    expect(textOf(doc, id)).toBe("a at");
  });

  it("enforces the limit in characters, counting an emoji as one", () => {
    const doc = newBoard();
    const id = addNote(doc, { lane: "inbox", text: "😀".repeat(MAX_NOTE_TEXT) });
    expect(textOf(doc, id)).toHaveLength(MAX_NOTE_TEXT * 2);
    expectRejected(doc, "note-too-long", () => insertNoteText(doc, id, 0, "é"));
    expectRejected(doc, "note-too-long", () => editNoteText(doc, id, `${textOf(doc, id)}!`));
    expectRejected(doc, "invalid-input", () => insertNoteText(doc, id, 1, "x"));
    expectRejected(doc, "invalid-input", () => deleteNoteText(doc, id, 0, 1));
    deleteNoteText(doc, id, 0, 2);
    insertNoteText(doc, id, 0, "é");
    expect(textOf(doc, id)?.startsWith("é😀")).toBe(true);
  });

  it("lets an over-long note written elsewhere be shortened", () => {
    const doc = newBoard();
    const note = new Y.Map<unknown>();
    notesMap(doc).set("big", note);
    note.set("text", "x".repeat(MAX_NOTE_TEXT + 10));
    note.set("lane", "inbox");
    editNoteText(doc, "big", "x".repeat(MAX_NOTE_TEXT + 5));
    expect(textOf(doc, "big")).toHaveLength(MAX_NOTE_TEXT + 5);
    expect(notesMap(doc).get("big")).toBeInstanceOf(Y.Map);
    expectRejected(doc, "note-too-long", () => insertNoteText(doc, "big", 0, "y"));
  });

  it("upgrades plain-string text to Y.Text on edit", () => {
    const doc = newBoard();
    const note = new Y.Map<unknown>();
    notesMap(doc).set("old", note);
    note.set("text", "plain");
    note.set("lane", "p1");
    insertNoteText(doc, "old", 5, "!");
    expect(note.get("text")).toBeInstanceOf(Y.Text);
    expect(textOf(doc, "old")).toBe("plain!");
  });

  it("rejects edits of unknown notes and out-of-range positions", () => {
    const doc = newBoard();
    const id = addNote(doc, { lane: "inbox", text: "abc" });
    expectRejected(doc, "unknown-note", () => editNoteText(doc, "nope", "x"));
    expectRejected(doc, "invalid-input", () => editNoteText(doc, id, 5 as unknown as string));
    expectRejected(doc, "invalid-input", () => insertNoteText(doc, id, 4, "x"));
    expectRejected(doc, "invalid-input", () => deleteNoteText(doc, id, 2, 2));
    expectRejected(doc, "invalid-input", () => deleteNoteText(doc, id, 0.5, 1));
  });
});
