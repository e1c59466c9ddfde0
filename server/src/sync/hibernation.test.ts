import { addNote, notesMap, readBoard } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectClient, createBoardVia, type TestClient, waitFor } from "../testing/clients";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;
const clients: TestClient[] = [];
const join = (boardId: string) => {
  const client = connectClient(server.url, boardId);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  server = await startTestServer({ limits: { hibernateAfterMs: 300 } });
});
afterAll(async () => {
  for (const c of clients) c.provider.destroy();
  await server.close();
});

describe("an idle board's document leaves memory while its people stay", () => {
  it("keeps syncing notes and presence across hibernation", async () => {
    const { id } = await createBoardVia(server.url);
    const alice = join(id);
    const bob = join(id);
    await Promise.all([alice.synced, bob.synced]);
    alice.provider.awareness.setLocalStateField("user", { name: "Alice" });
    addNote(alice.doc, { lane: "p1", text: "before the pause" });
    await waitFor(() => notesMap(bob.doc).size === 1, { what: "the first note at bob" });

    await waitFor(() => server.rooms.loaded(id)?.document.isLoaded === false, {
      timeoutMs: 5000,
      what: "the document to hibernate",
    });
    expect(server.rooms.connectionCount(id)).toBe(2);

    addNote(bob.doc, { lane: "p2", text: "after the pause" });
    await waitFor(() => notesMap(alice.doc).size === 2, { what: "the second note at alice" });

    const carol = join(id);
    await carol.synced;
    expect(
      readBoard(carol.doc)
        .notes.map((note) => note.text)
        .sort(),
    ).toEqual(["after the pause", "before the pause"]);
    await waitFor(
      () =>
        [...carol.provider.awareness.getStates().values()].some(
          (state) => (state as { user?: { name?: string } }).user?.name === "Alice",
        ),
      { what: "alice's presence at carol" },
    );
  });
});
