import { controlDocName, readControl } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoardVia } from "../testing/clients";
import { registerVia, storedDoc } from "../testing/facilitation";
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
