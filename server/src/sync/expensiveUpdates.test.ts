import { addNote, notesMap } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { useBadInputServer } from "../testing/badInputHarness";
import { connectClient, waitFor } from "../testing/clients";
import { sameKeyWrites } from "../testing/craftedUpdates";
import { syncFrame } from "../testing/rawClient";
import { closeCode } from "./protocol";

// The default limits: a 2 MiB frame holds the whole bomb.
const h = useBadInputServer();

/**
 * Case 8 of the fault table: updates whose shape costs O(N²) to integrate (Why 1 took 53 s
 * with 64,000 writes to one key, 6 s with 32,000) are refused before anything is applied. The
 * bounds are generous: what they guard against takes seconds to a minute.
 */
describe("expensive updates are refused fast", () => {
  it.each([64_000, 32_000])("%i writes to one key, each by its own client", async (writes) => {
    const board = await h.openBoard();
    const bomb = sameKeyWrites(writes);
    const attacker = await h.raw(board.id);
    const started = performance.now();
    attacker.send(syncFrame(bomb));
    // Meanwhile the server answers others.
    const health = await fetch(`${h.server.url}/healthz`);
    expect(health.status).toBe(200);
    const closed = await attacker.closedWithin(5000);
    const ms = performance.now() - started;
    console.log(
      `${writes} writes to one key (${bomb.length} bytes) refused in ${ms.toFixed(0)} ms`,
    );
    expect(closed.code).toBe(closeCode.malformedMessage);
    expect(closed.reason).toMatch(/clients|one key/);
    expect(ms).toBeLessThan(3000);
    const noteId = await h.expectStillSyncing(board, `after ${writes} writes`);
    const stored = await h.unloadAndReadStored(board);
    expect(notesMap(stored.doc).has("bomb")).toBe(false);
    expect([...notesMap(stored.doc).keys()]).toEqual([noteId]);
  });

  it("refuses many clients' inserts at one place of a note's text", async () => {
    const board = await h.openBoard();
    const noteId = addNote(board.writer.doc, { lane: "inbox", text: "ab" });
    await waitFor(() => notesMap(board.reader.doc).has(noteId), { what: "the note" });
    const base = Y.encodeStateAsUpdate(board.writer.doc);
    const parts: Uint8Array[] = [];
    for (let client = 0; client < 300; client++) {
      const doc = new Y.Doc();
      doc.clientID = 5_000_000 + client;
      Y.applyUpdate(doc, base);
      const text = (notesMap(doc).get(noteId) as Y.Map<unknown>).get("text") as Y.Text;
      text.insert(1, "x");
      parts.push(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(board.writer.doc)));
    }
    const attacker = await h.raw(board.id);
    attacker.send(syncFrame(Y.mergeUpdates(parts)));
    const closed = await attacker.closedWithin();
    expect(closed).toMatchObject({ code: closeCode.malformedMessage });
    expect(closed.reason).toMatch(/at one place/);
    await h.expectStillSyncing(board, "after inserts at one place");
  });
});

describe("legitimate large updates pass", () => {
  it("a paste of 500 notes in one transaction", async () => {
    const board = await h.openBoard();
    board.writer.doc.transact(() => {
      for (let i = 0; i < 500; i++) addNote(board.writer.doc, { lane: "p1", text: `Pasted ${i}` });
    }, "local");
    await waitFor(() => notesMap(board.reader.doc).size === 500, {
      timeoutMs: 10_000,
      what: "500 pasted notes at the other client",
    });
    expect(board.writer.closes).toEqual([]);
  });

  it("a stock client's first sync after many offline edits", async () => {
    const board = await h.openBoard();
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(board.writer.doc));
    // Two sessions (two client ids), each writing and editing many notes.
    for (let session = 0; session < 2; session++) {
      offline.clientID = 7_000_000 + session;
      for (let i = 0; i < 300; i++) {
        const id = addNote(offline, { lane: "p2", text: `Offline ${session}-${i}` });
        const note = notesMap(offline).get(id) as Y.Map<unknown>;
        for (const lane of ["p1", "p3", "p4", "p2"]) note.set("lane", lane);
        (note.get("text") as Y.Text).insert(0, "edited ");
      }
    }
    const client = connectClient(h.server.url, board.id, offline);
    await client.synced;
    await waitFor(() => notesMap(board.reader.doc).size === 600, {
      timeoutMs: 10_000,
      what: "the offline notes at the other client",
    });
    expect(client.closes).toEqual([]);
    client.provider.destroy();
  });
});
