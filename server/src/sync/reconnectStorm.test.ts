import { addNote, notesMap } from "@roundtable/shared";
import { afterAll, describe, expect, it } from "vitest";
import { connectClient, createBoardVia, type TestClient, waitFor } from "../testing/clients";
import { fullRun, sized } from "../testing/fullRun";
import { type ServerProcess, spawnServer } from "../testing/serverProcess";

// Case 17: a room of laptops comes back at once after a restart. 60 clients here, the full
// 300 (ten boards of 30) with ROUNDTABLE_FULL=1.
const CLIENTS = sized(60, 300);
const PER_BOARD = 30;

const clients: TestClient[] = [];
let server: ServerProcess | undefined;
afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  await server?.stop();
});

describe(`a reconnect storm of ${CLIENTS} stock clients after a restart (case 17)`, () => {
  it("resyncs every client, refuses none, loses nothing", async () => {
    server = await spawnServer({ env: { LOG_LEVEL: "info" } });
    const { port, dataDir } = server;
    const boards = await Promise.all(
      Array.from({ length: CLIENTS / PER_BOARD }, (_, i) =>
        createBoardVia(server?.url ?? "", `B${i}`),
      ),
    );
    const boardOf = (i: number) => boards[Math.floor(i / PER_BOARD)]?.id ?? "";
    for (let i = 0; i < CLIENTS; i++) clients.push(connectClient(server.url, boardOf(i)));
    await Promise.all(clients.map((client) => client.synced));
    const written: string[][] = clients.map((client) => [
      addNote(client.doc, { lane: "p1", text: "before" }),
    ]);

    await server.stop("SIGTERM");
    await waitFor(() => clients.every((client) => client.closes.length > 0), {
      what: "every client to be told",
    });
    // Written while the server is away: each client's own copy holds it until it resyncs.
    for (const [i, client] of clients.entries()) {
      written[i]?.push(addNote(client.doc, { lane: "p2", text: "gap" }));
    }

    server = await spawnServer({ dataDir, env: { PORT: String(port), LOG_LEVEL: "info" } });
    await waitFor(
      () => clients.every((client) => client.provider.wsconnected && client.provider.synced),
      { timeoutMs: fullRun ? 60_000 : 30_000, what: "every client to resync" },
    );
    for (const client of clients) {
      // 1012 from the shutdown, 1006 for attempts while nothing listened; nothing else.
      expect(client.closes[0]?.code).toBe(1012);
      expect(client.closes.filter((close) => close.code !== 1006 && close.code !== 1012)).toEqual(
        [],
      );
    }
    for (const board of boards) {
      const reader = connectClient(server.url, board.id);
      clients.push(reader);
      await reader.synced;
      const expected = written.flatMap((ids, i) => (boardOf(i) === board.id ? ids : []));
      await waitFor(() => expected.every((id) => notesMap(reader.doc).has(id)), {
        what: `the notes of board ${board.title}`,
      });
      expect(expected.length).toBe(PER_BOARD * 2);
    }
  }, 180_000);
});
