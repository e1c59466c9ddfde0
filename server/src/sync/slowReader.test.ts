import type net from "node:net";
import { addNote, notesMap } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { useBadInputServer } from "../testing/badInputHarness";
import { waitFor } from "../testing/clients";
import { syncFrame } from "../testing/rawClient";
import { closeCode } from "./protocol";
import type { RoomMember } from "./room";

const MAX_BUFFERED = 512 * 1024;
const h = useBadInputServer({ limits: { maxBufferedBytes: MAX_BUFFERED } });

describe("a client that stops reading", () => {
  it("is closed with 4503 once the server holds the cap for it, while the others stay fast", async () => {
    const board = await h.openBoard();
    // A board of about 300 KB, so each full sync the stuck client asks for is large.
    const text = "x".repeat(1500);
    const written = Array.from({ length: 200 }, () =>
      addNote(board.writer.doc, { lane: "inbox", text }),
    );
    await waitFor(() => notesMap(board.reader.doc).size === written.length, {
      what: "the board's notes at the reader",
    });
    const room = h.server.rooms.loaded(board.id);
    if (!room) throw new Error("the board is not loaded");
    const before = new Set<RoomMember>(room.members);
    const stuck = await h.raw(board.id);
    const member = [...room.members].find((m) => !before.has(m)) as
      | (RoomMember & { ws: { bufferedAmount: number } })
      | undefined;
    if (!member) throw new Error("the stuck client's connection was not found");

    // It stops reading, and keeps asking for the whole board (an empty state vector).
    (stuck.ws as unknown as { _socket: net.Socket })._socket.pause();
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, member.ws.bufferedAmount);
    }, 2);
    try {
      for (let i = 0; i < 100; i++) stuck.send(syncFrame(new Uint8Array([0]), 0));
      const probe = await h.expectStillSyncing(board, "beside a client that stopped reading");
      await waitFor(() => !room.members.has(member), {
        timeoutMs: 10_000,
        what: "the server to let the stuck client go",
      });
      clearInterval(sampler);
      // The server never held more for it than the cap and one more message (one full sync).
      expect(peak).toBeLessThanOrEqual(MAX_BUFFERED + 400 * 1024);

      // Once it reads again it learns why: 4503, "reconnect to resync".
      (stuck.ws as unknown as { _socket: net.Socket })._socket.resume();
      const closed = await stuck.closedWithin(5000);
      expect(closed.code).toBe(closeCode.tooSlow);

      const after = await h.expectStillSyncing(board, "after the stuck client left");
      const stored = await h.unloadAndReadStored(board);
      for (const id of [...written, probe, after]) expect(notesMap(stored.doc).has(id)).toBe(true);
    } finally {
      clearInterval(sampler);
    }
  }, 30_000);
});
