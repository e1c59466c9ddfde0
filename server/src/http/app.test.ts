import { BOARD_ID_PATTERN } from "@roundtable/shared";
import { afterAll, describe, expect, it } from "vitest";
import { hashKey } from "../auth";
import { limits } from "../limits";
import { createLogger } from "../log";
import { SqliteStorage } from "../storage/sqlite";
import { Rooms } from "../sync/rooms";
import { tempDataDir } from "../testing/serverProcess";
import { createApp } from "./app";

const storage = new SqliteStorage(tempDataDir());
const rooms = new Rooms(storage, limits, createLogger("silent"));
const lan = ["http://192.168.1.20:8787"];
const app = createApp({
  storage,
  rooms,
  log: createLogger("silent"),
  clientDir: tempDataDir(),
  joinAddresses: () => lan,
});
afterAll(async () => {
  rooms.closeAll(1012, "test over");
  await storage.close();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  app.request("http://board.example:8787/api/boards", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });

describe("POST /api/boards", () => {
  it("creates a board with an unguessable id and links built from the request's origin", async () => {
    const response = await post(JSON.stringify({ title: "  May LRT " }));
    expect(response.status).toBe(201);
    const body = (await response.json()) as Record<string, string>;
    expect(Object.keys(body).sort()).toEqual([
      "facilitatorKey",
      "facilitatorUrl",
      "id",
      "joinCode",
      "joinUrl",
      "title",
      "viewUrl",
    ]);
    expect(body.title).toBe("May LRT");
    expect(body.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
    expect(storage.getBoard(body.id ?? "")?.joinCode).toBe(body.joinCode);
    expect(body.id).toMatch(BOARD_ID_PATTERN);
    expect(body.id?.length).toBeGreaterThanOrEqual(20); // ≥ 120 bits in base64url
    expect(body.joinUrl).toBe(`http://board.example:8787/b/${body.id}`);
    expect(body.facilitatorUrl).toBe(
      `http://board.example:8787/b/${body.id}#key=${body.facilitatorKey}`,
    );
    expect(body.viewUrl).toMatch(/^http:\/\/board\.example:8787\/v\/[A-Za-z0-9_-]{20,}$/);
    expect(body.viewUrl).not.toContain(body.id);
    // Only a hash of the key is stored.
    const stored = storage.getBoard(body.id ?? "");
    expect(stored?.facilitatorKeyHash).toBe(hashKey(body.facilitatorKey ?? ""));
    expect(JSON.stringify(stored)).not.toContain(body.facilitatorKey);
  });

  it("accepts an empty body and gives the board a default title", async () => {
    const response = await app.request("http://localhost/api/boards", { method: "POST" });
    expect(response.status).toBe(201);
    const { id, title } = (await response.json()) as { id: string; title: string };
    expect(title).toBe("Untitled board");
    const summary = (await (await app.request(`http://localhost/api/boards/${id}`)).json()) as {
      title: string;
    };
    expect(summary.title).toBe("Untitled board");
  });

  it.each([
    ["not JSON", "{title:", "invalid-json"],
    ["a title that is not text", JSON.stringify({ title: 5 }), "invalid-body"],
    ["a title over 200 characters", JSON.stringify({ title: "x".repeat(201) }), "invalid-body"],
    ["unknown fields", JSON.stringify({ title: "ok", admin: true }), "invalid-body"],
  ])("refuses %s with 400 and a clear message", async (_what, body, code) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; message: string };
    expect(answer.error).toBe(code);
    expect(answer.message.length).toBeGreaterThan(5);
  });

  it("refuses a body over 1 MiB with 413", async () => {
    const response = await post(JSON.stringify({ title: "x".repeat(2 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: "body-too-large" });
  });
});

describe("GET /api/boards/:id", () => {
  it("summarises a board: title, lanes, counts, its join code and where to join", async () => {
    const { id, joinCode } = (await (await post(JSON.stringify({ title: "Visit" }))).json()) as {
      id: string;
      joinCode: string;
    };
    const response = await app.request(`http://localhost/api/boards/${id}`);
    expect(response.status).toBe(200);
    const summary = (await response.json()) as {
      id: string;
      title: string;
      notes: number;
      lanes: { id: string; title: string; notes: number }[];
    };
    expect(summary).toMatchObject({ id, title: "Visit", notes: 0, joinCode, joinAddresses: lan });
    expect(summary.lanes.map((lane) => lane.title)).toEqual([
      "Unsorted",
      "Priority one",
      "Priority two",
      "Priority three",
      "Priority four",
    ]);
  });

  it("answers 404 for an unknown board and 400 for a malformed id", async () => {
    expect((await app.request("http://localhost/api/boards/AAAAAAAAAAAAAAAAAAAAAA")).status).toBe(
      404,
    );
    expect((await app.request("http://localhost/api/boards/bad%20id!")).status).toBe(400);
    expect((await app.request(`http://localhost/api/boards/${"a".repeat(10_000)}`)).status).toBe(
      400,
    );
  });
});

describe("GET /healthz", () => {
  it("reports storage status", async () => {
    const response = await app.request("http://localhost/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      storage: { kind: "sqlite", ok: true },
    });
  });
});

describe("unknown API paths", () => {
  it("answer 404 as JSON, not the client page", async () => {
    const response = await app.request("http://localhost/api/nothing");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "not-found" });
  });
});
