import { describe, expect, it } from "vitest";
import { connectClient, createBoardVia, waitFor } from "./testing/clients";
import { startTestServer } from "./testing/inProcess";
import { spawnServer } from "./testing/serverProcess";
import { noteTexts, openDatabase, writeNote } from "./testing/storageFaults";

describe("slow storage (case 4)", () => {
  it("keeps the server answering while another program holds the database for 200 ms, then stores every write at once", async () => {
    // A server process of its own, so this test's loop is not the one being measured.
    const server = await spawnServer();
    const busy = await createBoardVia(server.url);
    const calm = await createBoardVia(server.url);
    const quiet = await createBoardVia(server.url);
    const clients = [busy.id, busy.id, calm.id, calm.id].map((id) => connectClient(server.url, id));
    await Promise.all(clients.map((client) => client.synced));
    const [busyWriter, busyReader, calmWriter, calmReader] = clients as [
      (typeof clients)[number],
      (typeof clients)[number],
      (typeof clients)[number],
      (typeof clients)[number],
    ];
    const db = openDatabase(server.dataDir);
    const joiners: (typeof clients)[number][] = [];
    for (let round = 0; round < 3; round++) {
      // Another program holds the write lock: every write of the server would wait for it.
      db.exec("BEGIN IMMEDIATE");
      const locked = Date.now();
      for (let i = 0; i < 20; i++) writeNote(busyWriter.doc, `busy ${round}-${i}`);
      writeNote(calmWriter.doc, `calm ${round}`);

      // The loop is not held up: the health check answers at once, and someone opens a board
      // nobody writes to and gets it.
      const asked = Date.now();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const healthMs = Date.now() - asked;
      const joiner = connectClient(server.url, quiet.id);
      joiners.push(joiner);
      await joiner.synced;
      const joinMs = Date.now() - asked;
      // Someone joining the busy board waits for the lock: it must not see unstored notes.
      const late = connectClient(server.url, busy.id);
      joiners.push(late);
      const heldFor = 200 - (Date.now() - locked);
      if (heldFor > 0) await new Promise((resolve) => setTimeout(resolve, heldFor));
      // Nothing is sent on before it is stored.
      expect(noteTexts(busyReader.doc)).toHaveLength(20 * round);
      expect(noteTexts(calmReader.doc)).not.toContain(`calm ${round}`);
      expect(noteTexts(late.doc)).toHaveLength(0);
      expect(healthMs).toBeLessThan(150);
      expect(joinMs).toBeLessThan(1000);
      const released = Date.now();
      db.exec("COMMIT");

      // Everything waiting goes through together once the lock is gone: nothing piled up.
      await waitFor(() => noteTexts(busyReader.doc).length === 20 * (round + 1), {
        what: "the busy board's writes",
      });
      await waitFor(() => noteTexts(calmReader.doc).includes(`calm ${round}`), {
        what: "the calm board's write",
      });
      await late.synced;
      expect(noteTexts(late.doc)).toHaveLength(20 * (round + 1));
      expect(Date.now() - released).toBeLessThan(1000);
    }
    // Afterwards a write goes straight through.
    writeNote(calmWriter.doc, "after the stall");
    await waitFor(() => noteTexts(calmReader.doc).includes("after the stall"));
    expect(clients.concat(joiners).flatMap((client) => client.closes)).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    for (const client of clients.concat(joiners)) client.provider.destroy();
    db.close();
    expect(await server.stop()).toBe(0);

    // Every note was stored, in a file that opens clean.
    const reopened = await spawnServer({ dataDir: server.dataDir });
    const check = connectClient(reopened.url, busy.id);
    await check.synced;
    expect(noteTexts(check.doc)).toHaveLength(60);
    check.provider.destroy();
    expect(await reopened.stop()).toBe(0);
  }, 60_000);

  it("fails a write the lock holds up past the limit: 1011, /healthz degraded, then it recovers", async () => {
    // In this process: the server never waits on the thread for the lock this test holds.
    const server = await startTestServer({ limits: { lockedWriteGiveUpMs: 300 } });
    try {
      const board = await createBoardVia(server.url);
      const writer = connectClient(server.url, board.id);
      const reader = connectClient(server.url, board.id);
      await Promise.all([writer.synced, reader.synced]);
      const db = openDatabase(server.dataDir);
      db.exec("BEGIN IMMEDIATE");
      writeNote(writer.doc, "held too long");
      await waitFor(() => writer.closes.some((close) => close.code === 1011), {
        what: "1011 once the write gave up",
        timeoutMs: 3000,
      });
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(503);
      expect(JSON.stringify(await health.json())).toContain("locked");
      expect(noteTexts(reader.doc)).not.toContain("held too long");
      db.exec("COMMIT");
      db.close();
      // The writer's provider reconnects and sends what the server lacks: stored and sent on.
      await waitFor(() => noteTexts(reader.doc).includes("held too long"), {
        what: "the note after the lock went",
        timeoutMs: 10_000,
      });
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      writer.provider.destroy();
      reader.provider.destroy();
    } finally {
      await server.close();
    }
  }, 30_000);
});
