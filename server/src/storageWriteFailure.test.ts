import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectClient, createBoardVia, waitFor, waitForAnswer } from "./testing/clients";
import { startTestServer, type TestServer } from "./testing/inProcess";
import { failWrites, noteTexts, openDatabase, writeNote } from "./testing/storageFaults";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const health = async () => {
  const response = await fetch(`${server.url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe("storage that fails to write (case 3)", () => {
  it("closes the writer with 1011, sends nothing unstored, answers 5xx and recovers without a restart", async () => {
    const board = await createBoardVia(server.url, "Full disk");
    const writer = connectClient(server.url, board.id);
    const reader = connectClient(server.url, board.id);
    await Promise.all([writer.synced, reader.synced]);
    writeNote(writer.doc, "stored before");
    await waitFor(() => noteTexts(reader.doc).includes("stored before"));

    const db = openDatabase(server.dataDir);
    const updatesBefore = db.prepare("SELECT COUNT(*) AS n FROM doc_updates").get();
    const restore = failWrites(db);
    try {
      writeNote(writer.doc, "not stored");
      await waitFor(() => writer.closes.some((close) => close.code === 1011), {
        what: "1011 to the writer",
      });
      // Nobody else saw it, and storage holds nothing of it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(noteTexts(reader.doc)).not.toContain("not stored");
      expect(db.prepare("SELECT COUNT(*) AS n FROM doc_updates").get()).toEqual(updatesBefore);

      const unhealthy = await health();
      expect(unhealthy.status).toBe(503);
      expect(unhealthy.body).toMatchObject({
        status: "degraded",
        storage: { kind: "sqlite", ok: false, lastWriteError: expect.stringContaining("full") },
      });
      expect((unhealthy.body.storage as { at: unknown }).at).toEqual(expect.any(Number));

      // Every REST write says it failed instead of 200.
      const key = { authorization: `Bearer ${board.facilitatorKey}` };
      const imported = await fetch(`${server.url}/api/boards/${board.id}/import`, {
        method: "POST",
        headers: { ...key, "content-type": "text/plain" },
        body: "Priority one -\n  • An imported note",
      });
      expect(imported.status).toBe(503);
      expect(await imported.json()).toMatchObject({ error: "storage-failed" });
      const snapshot = await fetch(`${server.url}/api/boards/${board.id}/snapshots`, {
        method: "POST",
        headers: { ...key, "content-type": "application/json" },
        body: JSON.stringify({ name: "Lost" }),
      });
      expect(snapshot.status).toBe(503);
      const joined = await fetch(`${server.url}/api/boards/${board.id}/participants`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "Ada" }),
      });
      expect(joined.status).toBe(503);
    } finally {
      restore();
    }

    // Storage works again: the writer's provider reconnects and its note is stored and sent.
    await waitFor(() => noteTexts(reader.doc).includes("not stored"), {
      timeoutMs: 10_000,
      what: "the note once storage works",
    });
    await waitForAnswer(async () => (await health()).status === 200, { what: "healthy again" });
    expect((await health()).body).toMatchObject({ status: "ok", storage: { ok: true } });
    const imported = await fetch(`${server.url}/api/boards/${board.id}/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${board.facilitatorKey}`, "content-type": "text/plain" },
      body: "Priority one -\n  • An imported note",
    });
    expect(imported.status).toBe(200);
    await waitFor(() => noteTexts(reader.doc).includes("An imported note"));
    db.close();
    writer.provider.destroy();
    reader.provider.destroy();
  }, 30_000);
});
