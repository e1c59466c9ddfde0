import { addNote, notesMap, readBoard } from "@roundtable/shared";
import { afterEach, describe, expect, it } from "vitest";
import { connectClient, createBoardVia, type TestClient, waitFor } from "./testing/clients";
import { type ServerProcess, spawnServer, tempDataDir } from "./testing/serverProcess";

const NOTES = 500;
let servers: ServerProcess[] = [];
let clients: TestClient[] = [];

afterEach(async () => {
  for (const c of clients) c.provider.destroy();
  await Promise.all(servers.map((s) => s.stop("SIGKILL")));
  clients = [];
  servers = [];
});

async function start(dataDir: string): Promise<ServerProcess> {
  const server = await spawnServer({ dataDir });
  servers.push(server);
  return server;
}

function join(server: ServerProcess, boardId: string): TestClient {
  const client = connectClient(server.url, boardId);
  clients.push(client);
  return client;
}

/** Two clients write NOTES notes between them, one update each; resolves once the reader has all. */
async function writeNotesAndWatch(server: ServerProcess, boardId: string): Promise<void> {
  const writer = join(server, boardId);
  const reader = join(server, boardId);
  await Promise.all([writer.synced, reader.synced]);
  for (let i = 0; i < NOTES; i++) {
    const author = i % 2 === 0 ? writer : reader;
    addNote(author.doc, { lane: i % 5 === 0 ? "inbox" : `p${(i % 4) + 1}`, text: `note ${i}` });
    // Yield now and then so the notes leave as separate websocket messages, as typing does.
    if (i % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await waitFor(() => notesMap(writer.doc).size === NOTES && notesMap(reader.doc).size === NOTES, {
    timeoutMs: 20_000,
    what: `both clients to hold ${NOTES} notes`,
  });
}

async function expectAllNotesAfterRestart(dataDir: string, boardId: string): Promise<void> {
  const restarted = await start(dataDir);
  const fresh = join(restarted, boardId);
  await fresh.synced;
  const texts = new Set(readBoard(fresh.doc).notes.map((note) => note.text));
  expect(texts.size).toBe(NOTES);
  for (let i = 0; i < NOTES; i++) expect(texts.has(`note ${i}`)).toBe(true);
}

describe("durability of the real server process", () => {
  it("loses nothing that clients have seen when killed with SIGKILL", async () => {
    const dataDir = tempDataDir();
    const server = await start(dataDir);
    const { id } = await createBoardVia(server.url);
    await writeNotesAndWatch(server, id);
    // Killed the moment the second client has seen the last note: no chance to flush.
    await server.stop("SIGKILL");
    for (const c of clients) c.provider.destroy();
    await expectAllNotesAfterRestart(dataDir, id);
  });

  it("flushes and exits cleanly on SIGTERM, losing nothing", async () => {
    const dataDir = tempDataDir();
    const server = await start(dataDir);
    const { id } = await createBoardVia(server.url);
    await writeNotesAndWatch(server, id);
    const closes: number[] = [];
    for (const c of clients) c.provider.ws?.addEventListener("close", (e) => closes.push(e.code));
    const exitCode = await server.stop("SIGTERM");
    expect(exitCode).toBe(0);
    // Clients are told to come back: 1012 is "service restart".
    expect(closes).toContain(1012);
    expect(server.logs.some((line) => line.includes("storage flushed"))).toBe(true);
    for (const c of clients) c.provider.destroy();
    await expectAllNotesAfterRestart(dataDir, id);
  });

  it("stops on SIGINT too", async () => {
    const server = await start(tempDataDir());
    expect(await server.stop("SIGINT")).toBe(0);
  });
});
