import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boardTag } from "./storage/faults";
import { connectClient, createBoardVia, waitFor } from "./testing/clients";
import { startTestServer, type TestServer } from "./testing/inProcess";
import { spawnServer } from "./testing/serverProcess";
import { noteTexts, openDatabase, storedRows, writeNote } from "./testing/storageFaults";

/** A board with `count` notes written by a stock client, compacted into its snapshot. */
async function boardWithNotes(url: string, count: number, text = (i: number) => `note ${i}`) {
  const board = await createBoardVia(url);
  const client = connectClient(url, board.id);
  await client.synced;
  for (let i = 0; i < count; i++) writeNote(client.doc, text(i), `n${i}`);
  // A second client sees them all: they are stored.
  const check = connectClient(url, board.id);
  await waitFor(() => noteTexts(check.doc).length === count, { timeoutMs: 10_000 });
  client.provider.destroy();
  check.provider.destroy();
  return board;
}

async function health(url: string) {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Another board keeps working: a write from one client reaches another. */
async function expectBoardWorks(url: string, boardId: string) {
  const a = connectClient(url, boardId);
  const b = connectClient(url, boardId);
  await Promise.all([a.synced, b.synced]);
  writeNote(a.doc, "still fine");
  await waitFor(() => noteTexts(b.doc).includes("still fine"));
  a.provider.destroy();
  b.provider.destroy();
}

describe("a damaged row (case 5)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("opens the board read-only, keeps the row aside and never writes over it", async () => {
    const board = await boardWithNotes(server.url, 50);
    const other = await createBoardVia(server.url);
    await waitFor(() => server.rooms.loaded(board.id) === undefined, { what: "unloaded" });
    const db = openDatabase(server.dataDir);
    // Four bytes of the 50-note snapshot change on disk.
    const { snapshot } = storedRows(db, board.id);
    const damaged = Buffer.from(snapshot?.data ?? []);
    for (let i = 0; i < 4; i++) damaged[100 + i] = (damaged[100 + i] ?? 0) ^ 0x5a;
    db.prepare("UPDATE doc_snapshots SET data = ? WHERE doc = ?").run(damaged, board.id);
    const before = storedRows(db, board.id);

    const client = connectClient(server.url, board.id);
    await client.synced;
    writeNote(client.doc, "written on a damaged board");
    await waitFor(() => client.closes.length > 0, { what: "the write refused" });
    expect(client.closes[0]).toEqual({
      code: 4423,
      reason: "board is read-only: its stored data is damaged",
    });
    client.provider.destroy();

    const healthz = await health(server.url);
    expect(healthz.status).toBe(200);
    expect(healthz.body).toMatchObject({
      status: "degraded",
      storage: { ok: true },
      damagedBoards: [{ board: boardTag(board.id), doc: "board", pieces: 1 }],
    });
    expect(JSON.stringify(healthz.body)).not.toContain(board.id);
    const imported = await fetch(`${server.url}/api/boards/${board.id}/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${board.facilitatorKey}`, "content-type": "text/plain" },
      body: "Priority one -\n  • Over the damage",
    });
    expect(imported.status).toBe(503);
    expect(await imported.json()).toMatchObject({ error: "board-damaged" });

    await expectBoardWorks(server.url, other.id);
    // Left, unloaded, compaction time passed: the stored bytes are exactly as they were.
    await waitFor(() => server.rooms.loaded(board.id) === undefined, { what: "unloaded" });
    expect(storedRows(db, board.id)).toEqual(before);
    const kept = db.prepare("SELECT source, data FROM quarantine WHERE doc = ?").all(board.id);
    expect(kept).toEqual([{ source: "snapshot", data: damaged }]);
    db.close();
  }, 30_000);
});

describe("a damaged page (case 5)", () => {
  it("keeps the process alive, refuses that board with 4500, serves the others", async () => {
    const first = await spawnServer();
    const marker = "Damaged-page-marker-";
    const board = await boardWithNotes(first.url, 60, (i) => `${marker}${i} ${"x".repeat(80)}`);
    const other = await boardWithNotes(first.url, 3);
    expect(await first.stop()).toBe(0);

    // An overflow page of the board's snapshot points past the end of the file.
    const file = path.join(first.dataDir, "roundtable.db");
    const bytes = fs.readFileSync(file);
    const pageSize = 1024;
    const pages = bytes.length / pageSize;
    let damagedAt = -1;
    for (let page = 1; page < pages && damagedAt < 0; page++) {
      const start = page * pageSize;
      const content = bytes.subarray(start, start + pageSize);
      const next = content.readUInt32BE(0);
      if (content.includes(marker) && next > 0 && next <= pages) damagedAt = start;
    }
    expect(damagedAt).toBeGreaterThan(0);
    bytes.writeUInt32BE(0x7fffff, damagedAt);
    fs.writeFileSync(file, bytes);
    const damagedPage = Buffer.from(bytes.subarray(damagedAt, damagedAt + pageSize));

    const server = await spawnServer({ dataDir: first.dataDir });
    const client = connectClient(server.url, board.id);
    await waitFor(() => client.closes.length > 0, { what: "the board refused" });
    expect(client.closes[0]).toEqual({
      code: 4500,
      reason: "storage unavailable, try again later",
    });
    client.provider.destroy();
    expect(server.child.exitCode).toBeNull();
    const healthz = await health(server.url);
    expect(healthz.body).toMatchObject({
      status: "degraded",
      damagedBoards: [{ board: boardTag(board.id), doc: "board" }],
    });
    await expectBoardWorks(server.url, other.id);
    expect(server.child.exitCode).toBeNull();
    expect(server.logs.some((line) => line.includes("storage failed to read a board"))).toBe(true);
    expect(await server.stop()).toBe(0);
    const after = fs.readFileSync(file);
    expect(after.subarray(damagedAt, damagedAt + pageSize).equals(damagedPage)).toBe(true);
  }, 60_000);
});
