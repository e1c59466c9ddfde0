import { newId } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBoardVia } from "../testing/clients";
import { registerVia } from "../testing/facilitation";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    limits: { maxParticipantsPerBoard: 3, maxSnapshotsPerBoard: 5, maxSnapshotsPerHour: 3 },
  });
});
afterAll(async () => {
  await server.close();
});

async function takeSnapshot(board: { id: string; facilitatorKey: string }, name: string) {
  const response = await fetch(`${server.url}/api/boards/${board.id}/snapshots`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${board.facilitatorKey}`,
      "content-type": "application/json",
    },
    body: JSON.stringify({ name }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("participants and snapshots are capped with clear errors", () => {
  it("registrations past the cap are 409 too-many-participants", async () => {
    const board = await createBoardVia(server.url);
    for (const name of ["Ada", "Ben", "Cy"]) {
      expect((await registerVia(server.url, board.id, { name })).status).toBe(201);
    }
    const { status, json } = await registerVia(server.url, board.id, { name: "Dee" });
    expect(status).toBe(409);
    expect(json).toMatchObject({ error: "too-many-participants" });
    expect(server.storage.countParticipants(board.id)).toBe(3);
  });

  it("snapshots past the hourly cap are 429, an import's included", async () => {
    const board = await createBoardVia(server.url);
    for (let i = 0; i < 3; i++) expect((await takeSnapshot(board, `S${i}`)).status).toBe(201);
    const { status, json } = await takeSnapshot(board, "one too many");
    expect(status).toBe(429);
    expect(json).toMatchObject({ error: "too-many-snapshots-this-hour" });
    const imported = await fetch(`${server.url}/api/boards/${board.id}/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${board.facilitatorKey}`, "content-type": "text/plain" },
      body: "- A note",
    });
    expect(imported.status).toBe(429);
    expect(server.storage.countSnapshots(board.id)).toBe(3);
  });

  it("snapshots past the per-board cap are 409 too-many-snapshots", async () => {
    const board = await createBoardVia(server.url);
    const longAgo = Date.now() - 3 * 60 * 60 * 1000;
    for (let i = 0; i < 5; i++) {
      server.storage.addSnapshot({
        id: newId(),
        boardId: board.id,
        name: `Old ${i}`,
        createdAt: longAgo + i,
        data: "{}",
      });
    }
    const { status, json } = await takeSnapshot(board, "sixth");
    expect(status).toBe(409);
    expect(json).toMatchObject({ error: "too-many-snapshots" });
  });
});
