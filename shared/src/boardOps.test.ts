import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard, readBoardTitle } from "./board";
import { initBoard, renameBoard, setBoardTitle } from "./boardOps";
import { META_FIELDS, metaMap } from "./doc";
import { SCHEMA_VERSION } from "./migrations";
import { countTransactions, expectRejected, newBoard, replicaOf, syncDocs } from "./testBoards";
import { MAX_TITLE } from "./text";

describe("initBoard", () => {
  it("writes meta and default lanes at the current version in one transaction", () => {
    const doc = new Y.Doc();
    const count = countTransactions(doc, () => initBoard(doc, { title: " Retro ", createdAt: 42 }));
    expect(count).toBe(1);
    const board = readBoard(doc);
    expect(board).toMatchObject({ title: "Retro", createdAt: 42, schemaVersion: SCHEMA_VERSION });
    expect(board.lanes).toHaveLength(5);
  });

  it("rejects a bad title without writing anything", () => {
    const doc = new Y.Doc();
    expectRejected(doc, "invalid-input", () => initBoard(doc, { title: "   " }));
    expectRejected(doc, "invalid-input", () => initBoard(doc, { createdAt: Number.NaN }));
  });
});

describe("renameBoard", () => {
  it("trims and stores the title in meta in one transaction with the caller's origin", () => {
    const doc = newBoard();
    const origins: unknown[] = [];
    doc.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin));
    expect(countTransactions(doc, () => renameBoard(doc, "  Q3 planning ", "server"))).toBe(1);
    expect(origins).toEqual(["server"]);
    expect(metaMap(doc).get(META_FIELDS.title)).toBe("Q3 planning");
    expect(readBoardTitle(doc)).toBe("Q3 planning");
    expect(readBoard(doc)).toMatchObject({
      createdAt: 1_700_000_000_000,
      schemaVersion: SCHEMA_VERSION,
    });
  });

  it("reaches another replica, the later rename winning", () => {
    const doc = newBoard();
    const other = replicaOf(doc);
    renameBoard(doc, "First");
    renameBoard(doc, "Second");
    syncDocs(doc, other);
    expect(readBoardTitle(other)).toBe("Second");
  });

  it("takes 1 to 200 characters, counting an emoji as one", () => {
    const doc = newBoard();
    renameBoard(doc, "x");
    expect(readBoardTitle(doc)).toBe("x");
    const longest = `${"x".repeat(MAX_TITLE - 1)}🎉`;
    renameBoard(doc, longest);
    expect(readBoardTitle(doc)).toBe(longest);
  });

  it("rejects empty, blank, over-long and non-string titles without writing anything", () => {
    const doc = newBoard();
    expectRejected(doc, "invalid-input", () => renameBoard(doc, ""));
    expectRejected(doc, "invalid-input", () => renameBoard(doc, " \t\n "));
    expectRejected(doc, "title-too-long", () => renameBoard(doc, "x".repeat(MAX_TITLE + 1)));
    expectRejected(doc, "invalid-input", () => renameBoard(doc, 5 as unknown as string));
    expect(readBoardTitle(doc)).toBe("Test board");
  });

  it("is still reachable by its earlier name", () => {
    expect(setBoardTitle).toBe(renameBoard);
  });
});
