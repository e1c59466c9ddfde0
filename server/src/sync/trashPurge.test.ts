import { addNote, deleteNote, readTrash, TRASH_KEEP_MS } from "@roundtable/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../testing/clients";
import { facilitatedBoard, storedDoc } from "../testing/facilitation";
import { startTestServer, type TestServer } from "../testing/inProcess";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("the trash is purged when the server loads a board", () => {
  it("drops notes deleted over 30 days ago and keeps the rest, for everyone", async () => {
    const f = await facilitatedBoard(server);
    try {
      const writer = f.facilitator(f.board.id);
      await writer.synced;
      const old = addNote(writer.doc, { lane: "p1", text: "long gone" });
      const recent = addNote(writer.doc, { lane: "p1", text: "yesterday's" });
      deleteNote(writer.doc, old, "local", { now: Date.now() - TRASH_KEEP_MS - 60_000 });
      deleteNote(writer.doc, recent, "local", { now: Date.now() - 24 * 60 * 60 * 1000 });
      await waitFor(() => readTrash(storedDoc(server, f.board.id)).length === 2, {
        what: "both deletions stored",
      });
      // Everyone leaves, so the room unloads; the next client loads the board again.
      writer.provider.destroy();
      await waitFor(() => server.rooms.connectionCount(f.board.id) === 0, { what: "the room" });
      await waitFor(() => !server.rooms.loaded(f.board.id), { what: "the room to unload" });
      const next = f.anonymous(f.board.id);
      await next.synced;
      // A cold join hands out the stored bytes as they are; the first read applies them.
      expect((await fetch(`${server.url}/api/boards/${f.board.id}`)).status).toBe(200);
      await waitFor(() => readTrash(next.doc).length === 1, { what: "the purge to arrive" });
      expect(readTrash(next.doc).map((entry) => entry.text)).toEqual(["yesterday's"]);
      expect(readTrash(storedDoc(server, f.board.id)).map((entry) => entry.id)).toEqual([recent]);
    } finally {
      f.close();
    }
  });
});
