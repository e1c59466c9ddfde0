import { notesMap } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { docWithClient, floodLimits, useBadInputServer } from "../testing/badInputHarness";
import { waitFor } from "../testing/clients";
import { syncFrame } from "../testing/rawClient";
import { closeCode } from "./protocol";

const h = useBadInputServer({ limits: floodLimits });

describe("floods get backpressure or a 45xx close, never a silent drop", () => {
  const FLOOD_CLIENT = 515_151;
  const floodKey = (i: number) => `flood-${i}`;
  /** One tiny valid update per message, in order: update i depends on update i - 1. */
  function floodFrames(count: number): Uint8Array[] {
    const doc = docWithClient(FLOOD_CLIENT);
    const frames: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => frames.push(syncFrame(update)));
    for (let i = 0; i < count; i++) doc.getMap("notes").set(floodKey(i), i);
    return frames;
  }
  const appliedCount = (doc: Y.Doc | undefined) => {
    const notes = doc ? notesMap(doc) : new Map();
    let count = 0;
    while (notes.has(floodKey(count))) count++;
    return count;
  };
  /** Every flood key present is one of the first `count`: what was applied is a prefix. */
  const expectPrefix = (doc: Y.Doc, count: number) => {
    const floodKeys = [...notesMap(doc).keys()].filter((key) => key.startsWith("flood-"));
    expect(floodKeys.length).toBe(count);
  };
  /** At most the burst, the refill since connecting, and the debt a throttled client may run. */
  const budgetAfter = (elapsedMs: number) =>
    floodLimits.messageBurst +
    (floodLimits.messagesPerSecond * (elapsedMs + floodLimits.maxThrottleMs)) / 1000 +
    50;

  it("holds back a burst over budget without dropping any of it", async () => {
    const board = await h.openBoard();
    const flooder = await h.raw(board.id);
    const count = 600; // 500 over the burst: 1.25 s of debt, within the 3 s allowed.
    const frames = floodFrames(count + 1);
    const started = Date.now();
    for (const frame of frames.slice(0, count)) flooder.send(frame);
    const room = h.server.rooms.loaded(board.id);
    await waitFor(() => appliedCount(room?.doc) === count, { what: "the whole burst applied" });
    expect(flooder.isOpen()).toBe(true);

    // Backpressure: a message sent after the burst is read only once its debt is paid: 500
    // messages over the burst at 400/s take 1.25 s, however the frames were split into reads.
    const marker = frames[count];
    if (!marker) throw new Error("no marker frame");
    flooder.send(marker);
    await waitFor(() => appliedCount(room?.doc) === count + 1, {
      what: "the message after the burst",
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(flooder.isOpen()).toBe(true);

    const noteId = await h.expectStillSyncing(board, "after a held-back burst");
    const stored = await h.unloadAndReadStored(board);
    expect(appliedCount(stored.doc)).toBe(count + 1);
    expectPrefix(stored.doc, count + 1);
    expect(notesMap(stored.doc).has(noteId)).toBe(true);
  });

  it("closes a blast of thousands with 4529 after applying a complete prefix", async () => {
    const board = await h.openBoard();
    const started = Date.now();
    const flooder = await h.raw(board.id);
    const count = 5000;
    for (const frame of floodFrames(count)) flooder.send(frame);
    const room = h.server.rooms.loaded(board.id);

    // Meanwhile the other clients on the board keep syncing.
    const noteId = await h.expectStillSyncing(board, "during a blast");
    await waitFor(() => !flooder.isOpen() || appliedCount(room?.doc) === count, {
      timeoutMs: 30_000,
      what: "the blast to be applied or closed",
    });
    const applied = appliedCount(room?.doc);
    if (applied < count) {
      const closed = await flooder.closedWithin();
      expect(closed.code).toBe(closeCode.rateLimited);
    }
    // The server never took more work than the budget allows.
    expect(applied).toBeLessThanOrEqual(budgetAfter(Date.now() - started));

    const stored = await h.unloadAndReadStored(board);
    expect(appliedCount(stored.doc)).toBe(applied);
    expectPrefix(stored.doc, applied);
    expect(notesMap(stored.doc).has(noteId)).toBe(true);
  });

  it("keeps the board live during a sustained flood and tells the flooder when it closes", async () => {
    const board = await h.openBoard();
    const started = Date.now();
    const flooder = await h.raw(board.id);
    // 1,000 messages/s against 400/s allowed, for 8 s. The pump sends by the clock, catching up
    // on late timer ticks, so a busy machine does not turn the flood into a trickle the budget
    // absorbs (which would neither close it nor end it in time).
    const frames = floodFrames(8000);
    const perSecond = 1000;
    let sent = 0;
    const pump = setInterval(() => {
      const due = Math.min(frames.length, Math.floor(((Date.now() - started) * perSecond) / 1000));
      while (sent < due && flooder.isOpen()) {
        const frame = frames[sent];
        if (!frame) break;
        flooder.send(frame);
        sent++;
      }
    }, 10);
    try {
      const room = h.server.rooms.loaded(board.id);
      await waitFor(() => appliedCount(room?.doc) >= floodLimits.messageBurst + 50, {
        timeoutMs: 15_000,
        what: "the flood to pass its burst",
      });
      const noteId = await h.expectStillSyncing(board, "during a sustained flood");

      await waitFor(() => !flooder.isOpen() || sent === frames.length, {
        timeoutMs: 30_000,
        what: "the flood to end",
      });
      clearInterval(pump);
      let applied = appliedCount(room?.doc);
      if (flooder.isOpen()) {
        // Never closed: then every message sent must be applied.
        await waitFor(() => appliedCount(room?.doc) === sent, {
          timeoutMs: 30_000,
          what: "every flood message applied",
        });
        applied = sent;
      } else {
        const closed = await flooder.closedWithin();
        expect(closed.code).toBeGreaterThanOrEqual(4500);
        expect(closed.code).toBeLessThan(4600);
        // Held back before it was closed: the server kept reading it past its burst.
        expect(applied).toBeGreaterThanOrEqual(floodLimits.messageBurst + 50);
      }
      expect(applied).toBeLessThanOrEqual(budgetAfter(Date.now() - started));

      const stored = await h.unloadAndReadStored(board);
      expect(appliedCount(stored.doc)).toBe(applied);
      expectPrefix(stored.doc, applied);
      expect(notesMap(stored.doc).has(noteId)).toBe(true);
    } finally {
      clearInterval(pump);
    }
  });
});
