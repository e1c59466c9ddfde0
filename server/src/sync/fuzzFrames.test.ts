import { addNote, notesMap } from "@roundtable/shared";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { connectClient, createBoardVia, type TestClient, waitFor } from "../testing/clients";
import { sized } from "../testing/fullRun";
import { FrameFactory, seededRandom } from "../testing/fuzzFrames";
import { type ServerProcess, spawnServer } from "../testing/serverProcess";

// The message handler fuzzed through the real server: 5,000 frames here, 100,000 with
// ROUNDTABLE_FULL=1. FUZZ_SEED replays a run.
const FRAMES = sized(5_000, 100_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const PARALLEL = 8;
const CHUNK = 5_000;

const clients: TestClient[] = [];
let server: ServerProcess | undefined;
afterAll(async () => {
  for (const client of clients) client.provider.destroy();
  await server?.stop();
});

/** One fuzzing connection: some well-formed frames, then a mutated one, then goodbye. */
function fuzzConnection(url: string, frames: Uint8Array[]): Promise<void> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on("error", () => undefined);
    ws.on("close", () => resolve());
    ws.on("open", () => {
      for (const frame of frames) ws.send(frame);
      ws.close();
    });
  });
}

/**
 * One board's share of the run: fuzzing connections on it while a stock client writes steadily
 * and another watches; then the watcher must hold exactly what the server holds. A board takes
 * `CHUNK` frames, so that the whole-document answers to made-up state vectors stay small.
 */
async function fuzzBoard(running: ServerProcess, factory: FrameFactory, random: () => number) {
  const board = await createBoardVia(running.url, "Fuzzed");
  const watcher = connectClient(running.url, board.id, new Y.Doc());
  const writer = connectClient(running.url, board.id, new Y.Doc());
  clients.push(watcher, writer);
  await Promise.all([watcher.synced, writer.synced]);
  const written: string[] = [];
  const writing = setInterval(() => {
    written.push(addNote(writer.doc, { lane: "p2", text: `steady ${written.length}` }));
  }, 100);

  const url = `${running.url.replace(/^http/, "ws")}/ws/${board.id}`;
  let sent = 0;
  const worker = async () => {
    while (sent < CHUNK) {
      const frames = Array.from({ length: Math.floor(random() * 40) }, () => factory.wellFormed());
      frames.push(factory.mutated());
      sent += frames.length;
      await fuzzConnection(url, frames);
    }
  };
  try {
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  } finally {
    clearInterval(writing);
  }

  expect(running.child.exitCode).toBeNull();
  expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  expect(watcher.closes).toEqual([]);
  expect(writer.closes).toEqual([]);
  const fresh = connectClient(running.url, board.id, new Y.Doc());
  clients.push(fresh);
  await fresh.synced;
  await waitFor(() => written.every((id) => notesMap(watcher.doc).has(id)), {
    timeoutMs: 10_000,
    what: "the steady writer's notes at the watcher",
  });
  await waitFor(
    () =>
      Buffer.from(Y.encodeStateVector(watcher.doc)).equals(
        Buffer.from(Y.encodeStateVector(fresh.doc)),
      ),
    { what: "the watcher to hold what the server holds" },
  );
  expect([...notesMap(watcher.doc).keys()].sort()).toEqual([...notesMap(fresh.doc).keys()].sort());
  for (const client of [watcher, writer, fresh]) client.provider.destroy();
  return sent;
}

describe(`${FRAMES} fuzzed frames (seed ${SEED})`, () => {
  it("leave the server running and a stock client on the board correct", async () => {
    server = await spawnServer();
    const random = seededRandom(SEED);
    let sent = 0;
    while (sent < FRAMES) sent += await fuzzBoard(server, new FrameFactory(random), random);
    expect(sent).toBeGreaterThanOrEqual(FRAMES);
  }, 900_000);
});
