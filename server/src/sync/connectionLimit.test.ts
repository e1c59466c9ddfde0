import { addNote, notesMap } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectClient, createBoardVia, type TestClient, waitFor } from "../testing/clients";
import { startTestServer, type TestServer } from "../testing/inProcess";
import { requestUpgrade } from "../testing/rawClient";

let server: TestServer;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer({ limits: { maxConnectionsPerBoard: 3 } });
});
afterAll(async () => {
  for (const c of clients) c.provider.destroy();
  await server.close();
});

describe("connections per board", () => {
  it("refuses one over the limit with 503 while the others keep syncing, and makes room again", async () => {
    const { id } = await createBoardVia(server.url);
    for (let i = 0; i < 3; i++) clients.push(connectClient(server.url, id));
    await Promise.all(clients.map((c) => c.synced));
    expect((await requestUpgrade(server.port, `/ws/${id}`)).status).toBe(503);

    const [first, second, third] = clients;
    if (!first || !second || !third) throw new Error("three clients expected");
    const noteId = addNote(first.doc, { lane: "p3", text: "still live" });
    await waitFor(() => notesMap(second.doc).has(noteId), {
      what: "the note at the second client",
    });

    // Another board is not affected by this one's limit.
    const other = await createBoardVia(server.url);
    expect((await requestUpgrade(server.port, `/ws/${other.id}`)).status).toBe(101);

    third.provider.destroy();
    await waitFor(() => server.rooms.connectionCount(id) === 2, {
      what: "the third client to leave",
    });
    expect((await requestUpgrade(server.port, `/ws/${id}`)).status).toBe(101);
  });
});
