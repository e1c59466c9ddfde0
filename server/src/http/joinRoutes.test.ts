import { renameBoard } from "@roundtable/shared";
import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createBoard } from "../boards";
import { storedBoards } from "../exports";
import { GuessLimiter } from "../meetings/guessLimiter";
import { SqliteStorage } from "../storage/sqlite";
import { mergedState } from "../storage/storage";
import { tempDataDir } from "../testing/serverProcess";
import { joinRoutes } from "./joinRoutes";

const storage = new SqliteStorage(tempDataDir());
afterAll(() => storage.close());

describe("GET /api/join/:code for a board's own code", () => {
  it("finds the board, typed in any case with a hyphen, with its title as it is now", async () => {
    const app = joinRoutes(storage, storedBoards(storage));
    const { board } = createBoard(storage, "Retro");
    const typed = `${board.joinCode.slice(0, 3)}-${board.joinCode.slice(3)}`.toLowerCase();
    const found = await app.request(`http://room.example/${typed}`);
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({
      code: board.joinCode,
      boardId: board.id,
      title: "Retro",
      group: "",
      meetingTitle: "",
      joinUrl: `http://room.example/b/${board.id}`,
    });

    // Renamed in its document since: the answer follows.
    const doc = new Y.Doc();
    Y.applyUpdate(doc, mergedState(storage.loadDoc(board.id)) as Uint8Array);
    const before = Y.encodeStateVector(doc);
    renameBoard(doc, "Retro, renamed");
    storage.appendUpdate(board.id, Y.encodeStateAsUpdate(doc, before));
    const again = await app.request(`/${board.joinCode}`);
    expect(await again.json()).toMatchObject({ title: "Retro, renamed" });
  });
});

describe("GET /api/join/:code from one address", () => {
  it("answers 429 with Retry-After once it has tried too many different wrong codes", async () => {
    const app = joinRoutes(storage, storedBoards(storage), new GuessLimiter({ perAddress: 2 }));
    expect((await app.request("/ZZZZZZ")).status).toBe(404);
    expect((await app.request("/ZZZZZY")).status).toBe(404);
    const refused = await app.request("/ZZZZZX");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: "too-many-codes" });
  });
});

describe("GET /api/join/:code retried", () => {
  it("makes only that code wait after five wrong tries, not the address", async () => {
    const app = joinRoutes(storage, storedBoards(storage));
    for (let i = 0; i < 5; i++) expect((await app.request("/ZZZZZZ")).status).toBe(404);
    expect((await app.request("/zzz-zzz")).status).toBe(429);
    expect((await app.request("/ZZZZZY")).status).toBe(404);
  });
});
