import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readBoard } from "./board";
import { lanesMap, metaMap } from "./doc";
import { renameLane } from "./laneOps";
import { MIGRATIONS, migrateBoard, pendingMigrations, SCHEMA_VERSION } from "./migrations";
import { countTransactions, newBoard, replicaOf, syncDocs } from "./testBoards";

describe("migrateBoard", () => {
  it("treats a board without meta as version 0 and brings it to the current version", () => {
    const doc = new Y.Doc();
    expect(SCHEMA_VERSION).toBe(3);
    const all = ["1-default-lanes-and-meta", "2-trash", "3-steps-and-glossary"];
    expect(pendingMigrations(doc)).toEqual(all);
    expect(migrateBoard(doc)).toEqual(all);
    const board = readBoard(doc);
    expect(board.schemaVersion).toBe(SCHEMA_VERSION);
    expect(board.lanes.map((lane) => lane.id)).toEqual(["inbox", "p1", "p2", "p3", "p4"]);
    expect(typeof board.createdAt).toBe("number");
  });

  it("runs in one transaction with the migration origin", () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on("afterTransaction", (tr) => origins.push(tr.origin));
    migrateBoard(doc);
    expect(origins).toEqual(["migration"]);
  });

  it("is idempotent: a current board is left untouched", () => {
    const doc = new Y.Doc();
    migrateBoard(doc);
    const before = Y.encodeStateAsUpdate(doc);
    expect(countTransactions(doc, () => expect(migrateBoard(doc)).toEqual([]))).toBe(0);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it("keeps renamed titles and fills only missing lanes and fields", () => {
    const doc = new Y.Doc();
    const p1 = new Y.Map<unknown>();
    lanesMap(doc).set("p1", p1);
    p1.set("title", "Must do");
    metaMap(doc).set("title", "Retro");
    migrateBoard(doc);
    const board = readBoard(doc);
    expect(board.title).toBe("Retro");
    expect(board.lanes.find((lane) => lane.id === "p1")?.title).toBe("Must do");
    expect(board.lanes).toHaveLength(5);
  });

  it("does not undo a rename when a replica migrates again", () => {
    const a = newBoard();
    renameLane(a, "inbox", { title: "Ideas" });
    const b = replicaOf(a);
    metaMap(b).delete("schemaVersion");
    expect(migrateBoard(b)).toEqual(MIGRATIONS.map((m) => m.name));
    syncDocs(a, b);
    expect(readBoard(a).lanes[0]?.title).toBe("Ideas");
    expect(readBoard(b).lanes[0]?.title).toBe("Ideas");
  });

  it("brings a version 1 board to the trash's version, keeping its notes", () => {
    const doc = new Y.Doc();
    migrateBoard(doc);
    metaMap(doc).set("schemaVersion", 1);
    expect(migrateBoard(doc)).toEqual(["2-trash", "3-steps-and-glossary"]);
    expect(metaMap(doc).get("schemaVersion")).toBe(3);
    expect(readBoard(doc).lanes).toHaveLength(5);
  });

  it("brings a version 2 board to next steps and the glossary, changing nothing else", () => {
    const doc = new Y.Doc();
    migrateBoard(doc);
    metaMap(doc).set("schemaVersion", 2);
    const before = readBoard(doc);
    expect(migrateBoard(doc)).toEqual(["3-steps-and-glossary"]);
    expect(metaMap(doc).get("schemaVersion")).toBe(3);
    expect(doc.share.has("steps") && doc.share.has("glossary")).toBe(true);
    expect(readBoard(doc).lanes).toEqual(before.lanes);
  });

  it("leaves boards from newer versions alone", () => {
    const doc = new Y.Doc();
    metaMap(doc).set("schemaVersion", SCHEMA_VERSION + 5);
    expect(migrateBoard(doc)).toEqual([]);
    expect(metaMap(doc).get("schemaVersion")).toBe(SCHEMA_VERSION + 5);
  });
});
