import { notesMap } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { docWithClient, useBadInputServer } from "../testing/badInputHarness";
import { waitFor } from "../testing/clients";
import { syncFrame } from "../testing/rawClient";
import { closeCode } from "./protocol";

// A board's budget so small that one busy socket exhausts it, and a loop that always counts as
// busy: the shedding that a real flood triggers, made certain. The burst is a quarter of a
// second's refill, so no pause is longer than 250 ms: a typist whose one note costs more than
// the budget (a note is stored and sent to everyone; on a loaded machine that can take 10 ms)
// waits at most that long, while the flood, far over the budget, is paused again and again.
const h = useBadInputServer({
  limits: {
    boardCpuMsPerSecond: 20,
    boardCpuBurstMs: 5,
    busyLoopShare: 0,
    maxThrottleMs: 3000,
  },
});

describe("a board over its CPU budget sheds its heaviest socket first", () => {
  const key = (i: number) => `shed-${i}`;
  const applied = (doc: Y.Doc | undefined) => {
    const notes = doc ? notesMap(doc) : new Map();
    let count = 0;
    while (notes.has(key(count))) count++;
    return count;
  };

  it("holds back and then closes with 4529 the socket doing the work, while a typist beside it stays fast", async () => {
    const board = await h.openBoard();
    const doc = docWithClient(616_161);
    const frames: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => frames.push(syncFrame(update)));
    // Twenty keys a message: 150 messages a second cost far more than 20 ms of CPU, however
    // fast the machine.
    const notes = doc.getMap("notes");
    for (let i = 0; i < 1500; i++) {
      doc.transact(() => {
        for (let k = 0; k < 20; k++) notes.set(key(i * 20 + k), i);
      });
    }

    const flooder = await h.raw(board.id);
    const started = Date.now();
    // 150 messages a second, under the message budget: only its CPU share stops it.
    let sent = 0;
    const pump = setInterval(() => {
      const due = Math.min(frames.length, Math.floor(((Date.now() - started) * 150) / 1000));
      while (sent < due && flooder.isOpen()) {
        const frame = frames[sent++];
        if (frame) flooder.send(frame);
      }
    }, 10);
    try {
      const room = h.server.rooms.loaded(board.id);
      await waitFor(() => applied(h.server.rooms.loaded(board.id)?.doc) >= 100, {
        timeoutMs: 10_000,
        what: "the flood to start",
      });
      // The typist on the same board is light: never paused, still fast.
      const typed = [
        await h.expectStillSyncing(board, "beside a socket over budget"),
        await h.expectStillSyncing(board, "still beside it"),
      ];
      const closed = await flooder.closedWithin(15_000);
      expect(closed.code).toBe(closeCode.rateLimited);
      clearInterval(pump);
      // Backpressure held it back: far fewer applied than sent, and what was applied is stored.
      const count = applied(room?.doc);
      expect(count).toBeLessThan(sent * 20);
      const stored = await h.unloadAndReadStored(board);
      expect(applied(stored.doc)).toBe(count);
      for (const id of typed) expect(notesMap(stored.doc).has(id)).toBe(true);
    } finally {
      clearInterval(pump);
    }
  }, 30_000);
});
