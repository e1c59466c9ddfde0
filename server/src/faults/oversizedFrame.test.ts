import { addNote, notesMap } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limits } from "../limits";
import { connectClient, createBoardVia, type TestClient, waitFor } from "../testing/clients";
import { connectRaw } from "../testing/rawClient";
import { type ServerProcess, spawnServer } from "../testing/serverProcess";

let server: ServerProcess;
const clients: TestClient[] = [];

beforeAll(async () => {
  // The real process with its real limits: the frame cap is the one users meet.
  server = await spawnServer();
});
afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  await server?.stop("SIGKILL");
});

describe("a frame over the real 2 MiB cap", () => {
  it("is closed with 1009 before it is read, and the board goes on", async () => {
    const { id } = await createBoardVia(server.url);
    const writer = connectClient(server.url, id);
    const reader = connectClient(server.url, id);
    clients.push(writer, reader);
    await Promise.all([writer.synced, reader.synced]);

    const raw = connectRaw(server.url, id);
    await raw.opened;
    // A sync message's first bytes, then filler: the size alone must be refused.
    const frame = new Uint8Array(limits.maxFrameBytes + 1);
    frame.set([0, 2]);
    raw.send(frame);
    expect((await raw.closedWithin(10_000)).code).toBe(1009);

    const noteId = addNote(writer.doc, { lane: "inbox", text: "still here" });
    await waitFor(() => notesMap(reader.doc).has(noteId), { what: "the note at the reader" });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
