import { addNote, notesMap, readBoard } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, createBoardVia, type TestClient, waitFor } from "../testing/clients";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;
const clients: TestClient[] = [];
const client = (boardId: string) => {
  const c = connectClient(server.url, boardId);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const c of clients) c.provider.destroy();
  await server.close();
});

describe("live sync between stock y-websocket clients", () => {
  it("delivers a note to the other client within a second, and to a client joining later", async () => {
    const { id } = await createBoardVia(server.url, "Spring roundtable");
    const alice = client(id);
    const bob = client(id);
    await Promise.all([alice.synced, bob.synced]);
    // The server created the board with its lanes: both see the five default lanes.
    expect(readBoard(bob.doc).lanes.map((lane) => lane.id)).toEqual([
      "inbox",
      "p1",
      "p2",
      "p3",
      "p4",
    ]);

    const started = Date.now();
    const noteId = addNote(alice.doc, { lane: "p2", text: "Arts teaching AND arts integration" });
    await waitFor(() => notesMap(bob.doc).has(noteId), {
      timeoutMs: 1000,
      what: "the note at bob",
    });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(readBoard(bob.doc).notes).toMatchObject([
      { id: noteId, lane: "p2", text: "Arts teaching AND arts integration" },
    ]);

    const carol = client(id);
    await carol.synced;
    expect(readBoard(carol.doc).notes.map((note) => note.text)).toEqual([
      "Arts teaching AND arts integration",
    ]);
  });

  it("keeps boards apart", async () => {
    const first = await createBoardVia(server.url);
    const second = await createBoardVia(server.url);
    const a = client(first.id);
    const b = client(second.id);
    await Promise.all([a.synced, b.synced]);
    addNote(a.doc, { lane: "inbox", text: "only on the first board" });
    const watcher = client(first.id);
    await watcher.synced;
    await waitFor(() => notesMap(watcher.doc).size === 1, { what: "the note on the first board" });
    expect(notesMap(b.doc).size).toBe(0);
  });

  it("unloads a board when its last client leaves and reloads it from storage", async () => {
    const { id } = await createBoardVia(server.url);
    const writer = client(id);
    await writer.synced;
    addNote(writer.doc, { lane: "p1", text: "Think about day to day engagement" });
    await waitFor(() => notesMap(server.rooms.loaded(id)?.doc ?? new Y.Doc()).size === 1, {
      what: "the note on the server",
    });
    writer.provider.destroy();
    await waitFor(() => server.rooms.loaded(id) === undefined, { what: "the room to unload" });

    const reader = client(id);
    await reader.synced;
    expect(readBoard(reader.doc).notes.map((note) => note.text)).toEqual([
      "Think about day to day engagement",
    ]);
  });
});
