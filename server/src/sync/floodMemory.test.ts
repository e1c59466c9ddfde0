import { notesMap } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { limits } from "../limits";
import { docWithClient } from "../testing/badInputHarness";
import { createBoardVia, type TestClient, waitFor } from "../testing/clients";
import { rssMiB, watchPeakRss } from "../testing/processMemory";
import { connectRaw, type RawClient, syncFrame } from "../testing/rawClient";
import { useServerProcess } from "../testing/spawnedServer";
import { closeCode } from "./protocol";

/** Far more than a socket may send in 10 s (1,000 at once, then 200 a second). */
const FLOOD = 20_000;
/** What the flood may add to the server's resident memory: its own work, never the flood's backlog. */
const MAX_GROWTH_MIB = 64;

const floodKey = (i: number) => `flood-${i}`;
/** How many flood keys form an unbroken prefix, and how many there are in all. */
function prefixOf(doc: Y.Doc): { prefix: number; total: number } {
  const notes = notesMap(doc);
  let prefix = 0;
  while (notes.has(floodKey(prefix))) prefix++;
  const total = [...notes.keys()].filter((key) => key.startsWith("flood-")).length;
  return { prefix, total };
}

describe("floods before and after sync against a real server: backpressure, 4529, bounded memory", () => {
  const raws: RawClient[] = [];
  const fixture = useServerProcess(() => Promise.all(raws.map((raw) => raw.close())));
  const stock = fixture.stock;

  /** A note from one client reaches the other within a second, flood or not. */
  async function stillFast(writer: TestClient, reader: TestClient, text: string) {
    const started = Date.now();
    const id = `probe-${text}`;
    writer.doc.getMap("notes").set(id, text);
    await waitFor(() => notesMap(reader.doc).has(id), { timeoutMs: 1000, what: text });
    return Date.now() - started;
  }

  it("holds back a raw socket that floods before it ever syncs, closes it with 4529, keeps a clean prefix", async () => {
    const board = await createBoardVia(fixture.server.url);
    const writer = stock(board.id);
    const reader = stock(board.id);
    await Promise.all([writer.synced, reader.synced]);
    const baseline = rssMiB(fixture.server.child.pid);
    const peak = watchPeakRss(fixture.server.child.pid);

    const doc = docWithClient(737_373);
    const frames: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => frames.push(syncFrame(update)));
    for (let i = 0; i < FLOOD; i++) doc.getMap("notes").set(floodKey(i), i);
    const flooder = connectRaw(fixture.server.url, board.id);
    raws.push(flooder);
    await flooder.opened;
    // No handshake: every frame goes out before the server's first message is read.
    for (const frame of frames) flooder.send(frame);

    const during = await stillFast(writer, reader, "during a flood before sync");
    // Closed once it has been held back for 10 s (`maxThrottleMs`), or is that deep in debt.
    const closed = await flooder.closedWithin(45_000);
    expect(closed.code).toBe(closeCode.rateLimited);
    const growth = peak.stop() - baseline;

    // What the server took is an unbroken prefix, at least the burst, far from the whole flood.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const fresh = stock(board.id);
    await fresh.synced;
    const { prefix, total } = prefixOf(fresh.doc);
    expect(total).toBe(prefix);
    expect(prefix).toBeGreaterThanOrEqual(limits.messageBurst);
    expect(prefix).toBeLessThan(FLOOD);
    expect(notesMap(fresh.doc).has("probe-during a flood before sync")).toBe(true);
    console.info(
      `flood before sync: ${JSON.stringify({ during, prefix, growthMiB: Math.round(growth) })}`,
    );
    expect(growth).toBeLessThan(MAX_GROWTH_MIB);
  }, 90_000);

  it("closes a synced stock client that floods with 4529, and its resync after the close loses nothing", async () => {
    const board = await createBoardVia(fixture.server.url);
    const writer = stock(board.id);
    const reader = stock(board.id);
    const flooder = stock(board.id);
    await Promise.all([writer.synced, reader.synced, flooder.synced]);
    const baseline = rssMiB(fixture.server.child.pid);
    const peak = watchPeakRss(fixture.server.child.pid);

    // Each change its own transaction: the stock provider sends one message per change.
    for (let i = 0; i < FLOOD; i++) flooder.doc.getMap("notes").set(floodKey(i), i);

    const during = await stillFast(writer, reader, "during a flood after sync");
    await waitFor(() => flooder.closes.some((close) => close.code === closeCode.rateLimited), {
      timeoutMs: 45_000,
      what: "the flooder to be closed with 4529",
    });
    // "Try again": the stock provider reconnects and its sync hands over what was not read.
    await waitFor(() => prefixOf(reader.doc).prefix === FLOOD, {
      timeoutMs: 30_000,
      what: "every change of the flood at the other client",
    });
    const growth = peak.stop() - baseline;
    expect(flooder.closes.every((close) => close.code === closeCode.rateLimited)).toBe(true);
    expect(notesMap(reader.doc).has("probe-during a flood after sync")).toBe(true);
    console.info(`flood after sync: ${JSON.stringify({ during, growthMiB: Math.round(growth) })}`);
    expect(growth).toBeLessThan(MAX_GROWTH_MIB);
  }, 120_000);
});
