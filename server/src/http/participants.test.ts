import { addNote, controlDocName, notesMap, peopleMap, readControl } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, createBoardVia, waitFor } from "../testing/clients";
import { joinAs, registerVia, storedDoc } from "../testing/facilitation";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("POST /api/boards/:id/participants", () => {
  it("issues a token, keeps the proposed id, and puts the name on the board's roster", async () => {
    const { id } = await createBoardVia(server.url);
    const { status, json } = await registerVia(server.url, id, { name: " Ada ", id: "ada-laptop" });
    expect(status).toBe(201);
    expect(json).toMatchObject({ participantId: "ada-laptop", name: "Ada" });
    expect(String(json.token)).toMatch(/^ada-laptop\.[A-Za-z0-9_-]{32}$/);
    expect(readControl(storedDoc(server, controlDocName(id))).people).toEqual({
      "ada-laptop": "Ada",
    });
  });

  it("answers 409 for an id someone already has, and a fresh id without one", async () => {
    const { id } = await createBoardVia(server.url);
    await registerVia(server.url, id, { name: "Ada", id: "taken" });
    const again = await registerVia(server.url, id, { name: "Mallory", id: "taken" });
    expect(again.status).toBe(409);
    const fresh = await registerVia(server.url, id, { name: "Ben" });
    expect(fresh.status).toBe(201);
    expect(fresh.json.participantId).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it.each([
    ["no name", {}],
    ["an empty name", { name: "   " }],
    ["a long name", { name: "x".repeat(61) }],
    ["a bad id", { name: "Ada", id: "a/b" }],
    ["an unknown field", { name: "Ada", role: "facilitator" }],
  ])("refuses %s with 400 and a message", async (_case, body) => {
    const { id } = await createBoardVia(server.url);
    const { status, json } = await registerVia(server.url, id, body);
    expect(status).toBe(400);
    expect(json).toHaveProperty("message");
  });

  it("answers 404 for an unknown board", async () => {
    expect((await registerVia(server.url, "unknownboard1", { name: "Ada" })).status).toBe(404);
  });

  it("tells the time in the server's clock", async () => {
    const before = Date.now();
    const { now } = (await (await fetch(`${server.url}/api/time`)).json()) as { now: number };
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe("PATCH /api/boards/:id/participants/:participantId", () => {
  const rename = (boardId: string, participantId: string, body: string, token?: string) =>
    fetch(`${server.url}/api/boards/${boardId}/participants/${participantId}`, {
      method: "PATCH",
      headers: {
        "content-type": "application/json",
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body,
    });

  it("renames the participant live on every connected laptop; their notes keep their author id", async () => {
    const board = await createBoardVia(server.url);
    const ada = await joinAs(server.url, board.id, "Ada");
    const writer = connectClient(server.url, board.id, new Y.Doc(), { token: ada.token });
    const roster = connectClient(server.url, `${board.id}/control`);
    try {
      await Promise.all([writer.synced, roster.synced]);
      const note = addNote(writer.doc, { lane: "p1", text: "mine", author: ada.participantId });
      await waitFor(() => peopleMap(roster.doc).get(ada.participantId) === "Ada");

      const response = await rename(board.id, ada.participantId, '{"name": " Ada L. "}', ada.token);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ participantId: ada.participantId, name: "Ada L." });
      await waitFor(() => peopleMap(roster.doc).get(ada.participantId) === "Ada L.", {
        what: "the connected client to see the new name",
      });
      expect(server.storage.getParticipant(board.id, ada.participantId)?.name).toBe("Ada L.");
      const author = (notesMap(writer.doc).get(note) as Y.Map<unknown>).get("author");
      expect(author).toBe(ada.participantId);
      const csv = await (
        await fetch(`${server.url}/api/boards/${board.id}/export?format=csv`)
      ).text();
      expect(csv).toContain("mine,,Ada L.,");
    } finally {
      writer.provider.destroy();
      roster.provider.destroy();
    }
  });

  it("renames on the roster of a board nobody has open, and again with the same token", async () => {
    const board = await createBoardVia(server.url);
    const ben = await joinAs(server.url, board.id, "Ben");
    expect(
      (await rename(board.id, ben.participantId, '{"name":"Benedict"}', ben.token)).status,
    ).toBe(200);
    expect((await rename(board.id, ben.participantId, '{"name":"Ben T."}', ben.token)).status).toBe(
      200,
    );
    expect(readControl(storedDoc(server, controlDocName(board.id))).people).toEqual({
      [ben.participantId]: "Ben T.",
    });
  });

  it("answers 401 without a token, 403 with another's or a made-up one, 404 for the unknown", async () => {
    const board = await createBoardVia(server.url);
    const ada = await joinAs(server.url, board.id, "Ada");
    const ben = await joinAs(server.url, board.id, "Ben");
    const body = '{"name":"Mallory"}';
    const noToken = await rename(board.id, ada.participantId, body);
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toMatchObject({ error: "participant-token-required" });
    const others = await rename(board.id, ada.participantId, body, ben.token);
    expect(others.status).toBe(403);
    expect(await others.json()).toMatchObject({ error: "wrong-participant-token" });
    const forged = await rename(board.id, ada.participantId, body, `${ada.participantId}.forged`);
    expect(forged.status).toBe(403);
    const facilitatorKey = await rename(board.id, ada.participantId, body, board.facilitatorKey);
    expect(facilitatorKey.status).toBe(403);
    const unknown = await rename(board.id, "nobody", body, ada.token);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: "unknown-participant" });
    const noBoard = await rename("unknownboard1", ada.participantId, body, ada.token);
    expect(noBoard.status).toBe(404);
    expect(await noBoard.json()).toMatchObject({ error: "unknown-board" });
    expect(server.storage.getParticipant(board.id, ada.participantId)?.name).toBe("Ada");
  });

  it.each([
    ["not JSON", "{name:", "invalid-json"],
    ["no name", "{}", "invalid-body"],
    ["an empty name", '{"name":"   "}', "invalid-body"],
    ["a long name", JSON.stringify({ name: "x".repeat(61) }), "invalid-body"],
    ["an unknown field", '{"name":"Ada","id":"other"}', "invalid-body"],
  ])("refuses %s with 400 and changes nothing", async (_case, body, error) => {
    const board = await createBoardVia(server.url);
    const ada = await joinAs(server.url, board.id, "Ada");
    const response = await rename(board.id, ada.participantId, body, ada.token);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error, message: expect.any(String) });
    expect(server.storage.getParticipant(board.id, ada.participantId)?.name).toBe("Ada");
    expect(readControl(storedDoc(server, controlDocName(board.id))).people).toEqual({
      [ada.participantId]: "Ada",
    });
  });
});
