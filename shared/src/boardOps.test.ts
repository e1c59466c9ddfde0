import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "./board";
import { initBoard, setBoardTitle } from "./boardOps";
import { countTransactions, expectRejected, newBoard } from "./testBoards";
import { MAX_TITLE } from "./text";

describe("initBoard", () => {
  it("writes meta and default lanes at the current version in one transaction", () => {
    const doc = new Y.Doc();
    const count = countTransactions(doc, () => initBoard(doc, { title: " Retro ", createdAt: 42 }));
    expect(count).toBe(1);
    const board = readBoard(doc);
    expect(board).toMatchObject({ title: "Retro", createdAt: 42, schemaVersion: 1 });
    expect(board.lanes).toHaveLength(5);
  });

  it("rejects a bad title without writing anything", () => {
    const doc = new Y.Doc();
    expectRejected(doc, "invalid-input", () => initBoard(doc, { title: "   " }));
    expectRejected(doc, "invalid-input", () => initBoard(doc, { createdAt: Number.NaN }));
  });
});

describe("setBoardTitle", () => {
  it("trims and stores the title", () => {
    const doc = newBoard();
    expect(countTransactions(doc, () => setBoardTitle(doc, "  Q3 planning "))).toBe(1);
    expect(readBoard(doc).title).toBe("Q3 planning");
  });

  it("rejects empty and over-long titles", () => {
    const doc = newBoard();
    expectRejected(doc, "invalid-input", () => setBoardTitle(doc, ""));
    expectRejected(doc, "title-too-long", () => setBoardTitle(doc, "x".repeat(MAX_TITLE + 1)));
    expectRejected(doc, "invalid-input", () => setBoardTitle(doc, 5 as unknown as string));
  });
});
