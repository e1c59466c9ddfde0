import { randomBytes } from "node:crypto";
import http from "node:http";
import type { Duplex } from "node:stream";
import { addNote, notesMap } from "@roundtable/shared";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SqliteStorage } from "./storage/sqlite";
import { mergedState } from "./storage/storage";
import { connectClient, createBoardVia, type TestClient, waitFor } from "./testing/clients";
import { rawGet, requestUpgrade } from "./testing/rawClient";
import { groupAlive, requireBuild, type StartedProcess, spawnStart } from "./testing/startProcess";

// The shutdown cases through `pnpm start` itself (scripts/start.mjs on the built server).
beforeAll(() => requireBuild());

const opened: TestClient[] = [];
const stalled: Duplex[] = [];
let running: StartedProcess | undefined;
afterEach(() => {
  for (const client of opened.splice(0)) client.provider.destroy();
  for (const socket of stalled.splice(0)) socket.destroy();
  if (running && groupAlive(running.child.pid ?? 0))
    process.kill(-(running.child.pid ?? 0), "SIGKILL");
  running = undefined;
});

/** A websocket whose client stopped reading: it never answers the close frame. */
function stalledSocket(port: number, boardId: string): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: "127.0.0.1",
      port,
      path: `/ws/${boardId}`,
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": randomBytes(16).toString("base64"),
      },
    });
    request.on("upgrade", (_response, socket) => {
      socket.pause();
      stalled.push(socket);
      resolve(socket);
    });
    request.on("error", reject);
    request.end();
  });
}

/** Writers adding notes as fast as the server takes them, an observer recording what it saw. */
async function busyBoard(server: StartedProcess, writers: number) {
  const board = await createBoardVia(server.url, "Shutdown");
  const clients = Array.from({ length: writers }, () => connectClient(server.url, board.id));
  const observer = connectClient(server.url, board.id);
  opened.push(...clients, observer);
  await Promise.all([...clients, observer].map((client) => client.synced));
  const written = new Set<string>();
  const timers = clients.map((client) =>
    setInterval(() => {
      if (client.provider.wsconnected) written.add(addNote(client.doc, { lane: "p1", text: "w" }));
    }, 15),
  );
  const stopWriting = () => {
    for (const timer of timers) clearInterval(timer);
  };
  await waitFor(() => notesMap(observer.doc).size >= writers * 5, { what: "writes to flow" });
  return { board, clients, observer, written, stopWriting };
}

function storedNoteIds(dataDir: string, boardId: string): Set<string> {
  const storage = new SqliteStorage(dataDir);
  try {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, mergedState(storage.loadDoc(boardId)) as Uint8Array);
    return new Set(notesMap(doc).keys());
  } finally {
    void storage.close();
  }
}

describe("pnpm start and SIGTERM (case 2)", () => {
  it("SIGTERM to the start process: flushed, 1012 to everyone, new connections refused, exit within 5 s", async () => {
    running = await spawnStart();
    const server = running;
    const pid = server.child.pid ?? 0;
    const { board, clients, observer, written, stopWriting } = await busyBoard(server, 20);
    await stalledSocket(server.port, board.id);

    const signalledAt = performance.now();
    process.kill(pid, "SIGTERM");
    // While the stalled socket holds the shutdown open, nothing new gets in.
    await waitFor(() => clients.every((client) => client.closes.length > 0), {
      what: "every client to be told",
    });
    const seenBeforeShutdown = new Set(notesMap(observer.doc).keys());
    const upgrade = await requestUpgrade(server.port, `/ws/${board.id}`).catch(() => ({
      status: 0,
    }));
    expect([0, 503]).toContain(upgrade.status);
    const rest = await rawGet(server.port, "/healthz").catch(() => ({ status: 0 }));
    expect(rest.status).not.toBe(200);
    const { code, signal, at } = await server.exited;
    stopWriting();
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(at - signalledAt).toBeLessThan(5000);
    expect(groupAlive(pid)).toBe(false);
    for (const client of [...clients, observer]) {
      expect(client.closes[0]?.code).toBe(1012);
    }
    expect(server.logs.join("\n")).toContain("storage flushed");

    // Everything anyone saw was stored before the process went.
    const stored = storedNoteIds(server.dataDir, board.id);
    for (const id of seenBeforeShutdown) expect(stored.has(id)).toBe(true);

    // The same clients reconnect to the restarted server by themselves and lose nothing.
    running = await spawnStart({ dataDir: server.dataDir, port: server.port });
    await waitFor(
      () => clients.every((client) => client.provider.synced && client.provider.wsconnected),
      {
        timeoutMs: 15_000,
        what: "the clients to resync",
      },
    );
    const fresh = connectClient(running.url, board.id);
    opened.push(fresh);
    await fresh.synced;
    await waitFor(() => [...written].every((id) => notesMap(fresh.doc).has(id)), {
      what: `all ${written.size} written notes on the server`,
    });
    // Attempts while the server was down fail with 1006; the server itself refused nobody.
    for (const client of clients) {
      expect(client.closes.filter((close) => close.code !== 1006).map((c) => c.code)).toEqual([
        1012,
      ]);
    }
  }, 60_000);

  it("a signal to the whole process group, twice, does not cut the flush short", async () => {
    running = await spawnStart();
    const server = running;
    const pid = server.child.pid ?? 0;
    const { board, clients, observer, stopWriting } = await busyBoard(server, 10);
    await stalledSocket(server.port, board.id);

    const signalledAt = performance.now();
    process.kill(-pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 100));
    process.kill(-pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 100));
    process.kill(-pid, "SIGINT");
    const seenBeforeShutdown = new Set(notesMap(observer.doc).keys());
    const { code, signal, at } = await server.exited;
    stopWriting();
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(at - signalledAt).toBeLessThan(5000);
    expect(groupAlive(pid)).toBe(false);
    const logs = server.logs.join("\n");
    expect(logs).toContain("already shutting down");
    expect(logs).toContain("storage flushed");
    for (const client of [...clients, observer]) expect(client.closes[0]?.code).toBe(1012);
    const stored = storedNoteIds(server.dataDir, board.id);
    for (const id of seenBeforeShutdown) expect(stored.has(id)).toBe(true);
  }, 60_000);

  it("SIGTERM to `pnpm start` itself reaches the server; nothing is orphaned", async () => {
    running = await spawnStart({ viaPnpm: true });
    const server = running;
    const pid = server.child.pid ?? 0;
    const { clients, stopWriting } = await busyBoard(server, 5);
    const signalledAt = performance.now();
    process.kill(pid, "SIGTERM");
    await waitFor(() => !groupAlive(pid), { timeoutMs: 5000, what: "every process to exit" });
    stopWriting();
    expect(performance.now() - signalledAt).toBeLessThan(5000);
    expect(server.logs.join("\n")).toContain("storage flushed");
    for (const client of clients) expect(client.closes[0]?.code).toBe(1012);
  }, 60_000);

  it("a killed `pnpm start` does not leave the server running", async () => {
    running = await spawnStart({ viaPnpm: true });
    const server = running;
    const pid = server.child.pid ?? 0;
    const { clients, stopWriting } = await busyBoard(server, 3);
    process.kill(pid, "SIGKILL");
    await waitFor(() => !groupAlive(pid), { timeoutMs: 5000, what: "the server to stop" });
    stopWriting();
    for (const client of clients) expect(client.closes[0]?.code).toBe(1012);
  }, 60_000);
});
