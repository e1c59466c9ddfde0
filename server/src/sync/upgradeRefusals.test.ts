import { newId } from "@roundtable/shared";
import { describe, expect, it, vi } from "vitest";
import { ALLOWED_ORIGIN, guardedServer, useBadInputServer } from "../testing/badInputHarness";
import { createBoardVia } from "../testing/clients";
import { connectRaw, rawGet, requestUpgrade } from "../testing/rawClient";

const h = useBadInputServer(guardedServer);

describe("malformed board ids are refused before storage is touched", () => {
  const tenKilobyteId = "a".repeat(10 * 1024);
  const malformed: [string, string][] = [
    ["an encoded traversal", "..%2Fx"],
    ["a raw traversal", "../x"],
    ["a 10 KB id", tenKilobyteId],
    ["a broken percent escape", "%E0%A4%A"],
    ["an id that is too short", "short"],
    ["an id with forbidden characters", "abc%24defgh"],
    ["an extra path segment", "abcdefgh/more"],
  ];

  it.each(malformed)("upgrade with %s → 400", async (_name, id) => {
    const server = h.server;
    const getBoard = vi.spyOn(server.storage, "getBoard");
    const loadDoc = vi.spyOn(server.storage, "loadDoc");
    const loadedBefore = server.rooms.loadedCount;
    try {
      const answer = await requestUpgrade(server.port, `/ws/${id}`);
      expect(answer.status).toBe(400);
      expect(getBoard).not.toHaveBeenCalled();
      expect(loadDoc).not.toHaveBeenCalled();
      expect(server.rooms.loadedCount).toBe(loadedBefore);
    } finally {
      getBoard.mockRestore();
      loadDoc.mockRestore();
    }
  });

  it("upgrade for an unknown, well-formed board id → 404 without loading a room", async () => {
    const server = h.server;
    const loadDoc = vi.spyOn(server.storage, "loadDoc");
    const id = newId();
    try {
      expect((await requestUpgrade(server.port, `/ws/${id}`)).status).toBe(404);
      expect(loadDoc).not.toHaveBeenCalled();
      expect(server.rooms.loaded(id)).toBeUndefined();
    } finally {
      loadDoc.mockRestore();
    }
  });

  it.each([
    ["an encoded traversal", "..%2Fx"],
    ["a 10 KB id", tenKilobyteId],
    ["an id that is too short", "short"],
  ])("GET /api/boards/ with %s → 400", async (_name, id) => {
    const server = h.server;
    const getBoard = vi.spyOn(server.storage, "getBoard");
    try {
      const answer = await rawGet(server.port, `/api/boards/${id}`);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ error: "malformed-id" });
      expect(getBoard).not.toHaveBeenCalled();
    } finally {
      getBoard.mockRestore();
    }
  });

  it("GET /api/boards/<unknown id> → 404, and the server stays up", async () => {
    const answer = await rawGet(h.server.port, `/api/boards/${newId()}`);
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body)).toMatchObject({ error: "unknown-board" });
    const board = await h.openBoard();
    await h.expectStillSyncing(board, "after malformed ids");
  });
});

describe("websocket upgrades are checked against the Origin header", () => {
  it.each([
    ["a foreign origin", "http://evil.example"],
    ["the server's host on another port", "http://127.0.0.1:1"],
    ["an opaque origin", "null"],
  ])("refuses %s with 403", async (_name, origin) => {
    const server = h.server;
    const { id } = await createBoardVia(server.url);
    const loadDoc = vi.spyOn(server.storage, "loadDoc");
    try {
      const answer = await requestUpgrade(server.port, `/ws/${id}`, { Origin: origin });
      expect(answer.status).toBe(403);
      expect(loadDoc).not.toHaveBeenCalled();
      expect(server.rooms.loaded(id)).toBeUndefined();
    } finally {
      loadDoc.mockRestore();
    }
    // A real websocket client with that origin is refused the same way.
    const refused = h.track(connectRaw(server.url, id, { origin }));
    await expect(refused.opened).rejects.toThrow();
  });

  it.each([
    ["the same origin as the Host", (port: number) => ({ Origin: `http://127.0.0.1:${port}` })],
    ["no Origin (a Node program)", () => ({})],
    ["an origin listed in ALLOWED_ORIGINS", () => ({ Origin: ALLOWED_ORIGIN })],
  ])("accepts %s", async (_name, headers) => {
    const server = h.server;
    const { id } = await createBoardVia(server.url);
    const answer = await requestUpgrade(server.port, `/ws/${id}`, headers(server.port));
    expect(answer.status).toBe(101);
  });
});
