import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoardVia } from "../testing/clients";
import { startTestServer, type TestServer } from "../testing/inProcess";
import { rawHttp, requestUpgrade } from "../testing/rawClient";

const ALLOWED_ORIGIN = "http://allowed.example";
let server: TestServer;
let board: Awaited<ReturnType<typeof createBoardVia>>;

beforeAll(async () => {
  server = await startTestServer({
    env: { ALLOWED_HOSTS: "roundtable.school.example", ALLOWED_ORIGINS: ALLOWED_ORIGIN },
  });
  board = await createBoardVia(server.url, "Guarded");
});
afterAll(async () => {
  await server?.close();
});

const boardCount = () => server.storage.docNamesWithPrefix("").length;

describe("DNS rebinding: the Host is one of the server's own names", () => {
  it.each([
    ["a websocket upgrade", () => requestUpgrade(server.port, `/ws/${board.id}`, hostOf("evil"))],
    ["a REST read", () => rawHttp(server.port, "GET", `/api/boards/${board.id}`, hostOf("evil"))],
    ["the app's page", () => rawHttp(server.port, "GET", `/b/${board.id}`, hostOf("evil"))],
    ["/healthz", () => rawHttp(server.port, "GET", "/healthz", hostOf("evil"))],
  ])("refuses %s for a foreign name with 403", async (_what, request) => {
    const loaded = server.rooms.loadedCount;
    const answer = await request();
    expect(answer.status).toBe(403);
    expect(answer.body).toMatch(/host/);
    expect(server.rooms.loadedCount).toBe(loaded);
  });

  it("tells REST callers what to do in the documented error shape", async () => {
    const answer = await rawHttp(server.port, "GET", `/api/boards/${board.id}`, hostOf("evil"));
    expect(JSON.parse(answer.body)).toEqual({
      error: "host-not-allowed",
      message: expect.stringContaining("ALLOWED_HOSTS"),
    });
  });

  it.each([
    ["localhost", "localhost"],
    ["an IP address", "127.0.0.1"],
    ["a name in ALLOWED_HOSTS", "roundtable.school.example"],
  ])("answers for %s", async (_what, name) => {
    const headers = { Host: `${name}:${server.port}` };
    expect((await requestUpgrade(server.port, `/ws/${board.id}`, headers)).status).toBe(101);
    expect((await rawHttp(server.port, "GET", `/api/boards/${board.id}`, headers)).status).toBe(
      200,
    );
  });
});

describe("a page of another site cannot change anything through the browser", () => {
  const foreign = () => ({ Host: `127.0.0.1:${server.port}`, Origin: "http://evil.example" });
  const key = () => ({ Authorization: `Bearer ${board.facilitatorKey}` });
  const form = { "Content-Type": "application/x-www-form-urlencoded" };

  it("refuses a cross-site form POST that would create a board, and creates none", async () => {
    const before = boardCount();
    for (const [type, body] of [
      ["application/x-www-form-urlencoded", "title=Spam"],
      ["text/plain", '{"title":"Spam"}'],
      ["multipart/form-data; boundary=x", "--x--"],
    ] as const) {
      const answer = await rawHttp(
        server.port,
        "POST",
        "/api/boards",
        { ...foreign(), "Content-Type": type },
        body,
      );
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ error: "cross-origin" });
    }
    const noType = await rawHttp(server.port, "POST", "/api/boards", foreign());
    expect(noType.status).toBe(403);
    expect(boardCount()).toBe(before);
  });

  it("checks every route that changes something", async () => {
    const routes: [string, string][] = [
      ["POST", "/api/boards"],
      ["POST", `/api/boards/${board.id}/participants`],
      ["PATCH", `/api/boards/${board.id}/participants/someone`],
      ["POST", `/api/boards/${board.id}/import`],
      ["POST", `/api/boards/${board.id}/snapshots`],
      ["POST", `/api/boards/${board.id}/snapshots/abcdefgh12/restore`],
      ["POST", "/api/meetings"],
      ["PATCH", "/api/meetings/abcdefgh12/template"],
    ];
    for (const [method, path] of routes) {
      const answer = await rawHttp(server.port, method, path, { ...foreign(), ...form, ...key() });
      expect(answer.status, `${method} ${path}`).toBe(403);
    }
  });

  it("needs a same-origin Origin for an import's text body when an Origin is sent", async () => {
    const path = `/api/boards/${board.id}/import`;
    const text = { "Content-Type": "text/plain", ...key() };
    const crossSite = await rawHttp(server.port, "POST", path, { ...foreign(), ...text }, "- Hi");
    expect(crossSite.status).toBe(403);
    const own = { Host: `127.0.0.1:${server.port}`, Origin: `http://127.0.0.1:${server.port}` };
    expect((await rawHttp(server.port, "POST", path, { ...own, ...text }, "- Same")).status).toBe(
      200,
    );
    const listed = { ...foreign(), Origin: ALLOWED_ORIGIN, ...text };
    expect((await rawHttp(server.port, "POST", path, listed, "- Listed")).status).toBe(200);
    // A program sends no Origin and keeps working.
    expect((await rawHttp(server.port, "POST", path, text, "- Script")).status).toBe(200);
  });

  it("lets JSON through, which another site's page cannot send without a preflight", async () => {
    const before = boardCount();
    const json = { ...foreign(), "Content-Type": "application/json; charset=utf-8" };
    const answer = await rawHttp(server.port, "POST", "/api/boards", json, '{"title":"Ok"}');
    expect(answer.status).toBe(201);
    expect(boardCount()).toBeGreaterThan(before);
    // Reading stays open to any origin.
    expect((await rawHttp(server.port, "GET", `/api/boards/${board.id}`, foreign())).status).toBe(
      200,
    );
  });
});

function hostOf(name: string): Record<string, string> {
  return { Host: `${name}.example:${server.port}` };
}
