import { addNote, initBoard, readBoard } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { forgetDrafts, mirrorLanes, publishDrafts } from "./publishDrafts";

function board(): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: "Retro", createdAt: 1 });
  return doc;
}

function draftsFor(boardDoc: Y.Doc): Y.Doc {
  const drafts = new Y.Doc();
  mirrorLanes(boardDoc, drafts);
  return drafts;
}

const texts = (doc: Y.Doc, lane: string) =>
  readBoard(doc)
    .notes.filter((note) => note.lane === lane)
    .map((note) => note.text);

describe("publishDrafts", () => {
  it("puts each draft on the board as the author's note, after the lane's shared notes", () => {
    const shared = board();
    addNote(shared, { lane: "p1", text: "shared", author: "ben" });
    const drafts = draftsFor(shared);
    const first = addNote(drafts, { lane: "p1", text: "one", color: "#bfdbfe", createdAt: 5 });
    addNote(drafts, { lane: "p1", text: "two" });
    addNote(drafts, { lane: "inbox", text: "three" });

    const result = publishDrafts(drafts, shared, "ada");

    expect(result.failed).toEqual([]);
    expect(result.published).toHaveLength(3);
    expect(texts(shared, "p1")).toEqual(["shared", "one", "two"]);
    expect(texts(shared, "inbox")).toEqual(["three"]);
    const published = readBoard(shared).notes.find((note) => note.id === first);
    expect(published).toMatchObject({ author: "ada", color: "#bfdbfe", createdAt: 5 });
  });

  it("never duplicates a note when it runs twice, e.g. after a reload mid-publish", () => {
    const shared = board();
    const drafts = draftsFor(shared);
    addNote(drafts, { lane: "p2", text: "once" });
    publishDrafts(drafts, shared, "ada");
    const again = publishDrafts(drafts, shared, "ada");
    expect(again.published).toHaveLength(1);
    expect(texts(shared, "p2")).toEqual(["once"]);
  });

  it("leaves the drafts alone until they are forgotten", () => {
    const shared = board();
    const drafts = draftsFor(shared);
    addNote(drafts, { lane: "p3", text: "kept" });
    const { published } = publishDrafts(drafts, shared, "ada");
    expect(readBoard(drafts).notes).toHaveLength(1);
    forgetDrafts(drafts, published);
    expect(readBoard(drafts).notes).toHaveLength(0);
    expect(texts(shared, "p3")).toEqual(["kept"]);
  });

  it("sends a draft whose lane the board does not know to the inbox", () => {
    const shared = board();
    const drafts = draftsFor(shared);
    drafts.getMap("lanes").set("gone", new Y.Map());
    addNote(drafts, { lane: "gone", text: "orphan" });
    publishDrafts(drafts, shared, "ada");
    expect(texts(shared, "inbox")).toEqual(["orphan"]);
  });

  it("is one change on the board that the author's undo does not take back", () => {
    const shared = board();
    const undo = new Y.UndoManager(shared.getMap("notes"), { trackedOrigins: new Set(["local"]) });
    const drafts = draftsFor(shared);
    addNote(drafts, { lane: "p1", text: "a" });
    addNote(drafts, { lane: "p1", text: "b" });
    let updates = 0;
    shared.on("update", () => updates++);
    publishDrafts(drafts, shared, "ada");
    expect(updates).toBe(1);
    expect(undo.canUndo()).toBe(false);
  });
});
