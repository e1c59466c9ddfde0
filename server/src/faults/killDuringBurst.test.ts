import { addNote, notesMap } from "@roundtable/shared";
import { afterEach, describe, expect, it } from "vitest";
import { connectClient, createBoardVia, type TestClient, waitFor } from "../testing/clients";
import { type ServerProcess, spawnServer, tempDataDir } from "../testing/serverProcess";

const WRITERS = 20;
/** Each writer's notes: enough that the kill lands in the middle of the burst. */
const NOTES_EACH = 40;
let servers: ServerProcess[] = [];
let clients: TestClient[] = [];

afterEach(async () => {
  for (const client of clients) client.provider.destroy();
  await Promise.all(servers.map((server) => server.stop("SIGKILL")));
  clients = [];
  servers = [];
});

function join(server: ServerProcess, boardId: string): TestClient {
  const client = connectClient(server.url, boardId);
  clients.push(client);
  return client;
}

describe("a kill -9 in the middle of a burst", () => {
  it("keeps every update any client was sent, after a restart", async () => {
    const dataDir = tempDataDir();
    const server = await spawnServer({ dataDir });
    servers.push(server);
    const { id } = await createBoardVia(server.url);
    const reader = join(server, id);
    const writers = Array.from({ length: WRITERS }, () => join(server, id));
    await Promise.all([reader.synced, ...writers.map((writer) => writer.synced)]);

    // Twenty people write at once, each note its own message, until the server is killed.
    let killed = false;
    const writing = writers.map(async (writer, who) => {
      for (let n = 0; n < NOTES_EACH && !killed; n++) {
        addNote(writer.doc, { lane: "inbox", text: `writer ${who} note ${n}` });
        await new Promise((resolve) => setTimeout(resolve, 1 + (who % 3)));
      }
    });
    await waitFor(() => notesMap(reader.doc).size >= (WRITERS * NOTES_EACH) / 4, {
      timeoutMs: 30_000,
      what: "a quarter of the burst to reach the reader",
    });
    await server.stop("SIGKILL");
    killed = true;
    await Promise.all(writing);
    // What the server sent before it died: it stores every update before sending it on.
    const seen = [...notesMap(reader.doc).keys()];
    for (const client of clients) client.provider.destroy();
    clients = [];
    expect(seen.length).toBeLessThan(WRITERS * NOTES_EACH);

    const restarted = await spawnServer({ dataDir });
    servers.push(restarted);
    const fresh = join(restarted, id);
    await fresh.synced;
    const stored = notesMap(fresh.doc);
    const missing = seen.filter((noteId) => !stored.has(noteId));
    expect(missing, "notes a client was sent but storage lost").toEqual([]);
  });
});
