import { describe, expect, it } from "vitest";
import { connectClient, createBoardVia, waitFor } from "./testing/clients";
import { spawnServer } from "./testing/serverProcess";
import { noteTexts, openDatabase, writeNote } from "./testing/storageFaults";

describe("slow storage (case 4)", () => {
  it("takes every write after a 200 ms stall, with no pile-up, and other boards carry on", async () => {
    // A server process of its own: the write lock below must not stall this test's own loop.
    const server = await spawnServer();
    const busy = await createBoardVia(server.url);
    const calm = await createBoardVia(server.url);
    const clients = [busy.id, busy.id, calm.id, calm.id].map((id) => connectClient(server.url, id));
    await Promise.all(clients.map((client) => client.synced));
    const [busyWriter, busyReader, calmWriter, calmReader] = clients as [
      (typeof clients)[number],
      (typeof clients)[number],
      (typeof clients)[number],
      (typeof clients)[number],
    ];
    const db = openDatabase(server.dataDir);
    for (let round = 0; round < 3; round++) {
      // Another connection holds the write lock for 200 ms: each write of the server waits.
      db.exec("BEGIN IMMEDIATE");
      const started = Date.now();
      for (let i = 0; i < 20; i++) writeNote(busyWriter.doc, `busy ${round}-${i}`);
      writeNote(calmWriter.doc, `calm ${round}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      db.exec("COMMIT");
      await waitFor(() => noteTexts(busyReader.doc).length === 20 * (round + 1), {
        what: "the busy board's writes",
      });
      await waitFor(() => noteTexts(calmReader.doc).includes(`calm ${round}`));
      // Everything waiting went through at once when the lock went: nothing queued behind it.
      expect(Date.now() - started).toBeLessThan(1500);
    }
    // Afterwards a write goes straight through.
    const started = Date.now();
    writeNote(calmWriter.doc, "after the stall");
    await waitFor(() => noteTexts(calmReader.doc).includes("after the stall"));
    expect(Date.now() - started).toBeLessThan(500);
    expect(clients.flatMap((client) => client.closes)).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    for (const client of clients) client.provider.destroy();
    db.close();
    expect(await server.stop()).toBe(0);
  }, 60_000);
});
