/**
 * A presence flood in its own process, so the test that measures the server is not slowed by
 * it: `connections` raw sockets on one board, each sending `rate` awareness updates a second
 * for `durationMs` (a bounded count), each update the newest state of its own client id.
 * Prints one JSON line when connected and one with the outcome when done:
 * `{sent, relays, relayEntries, closes: {code: count}, maxBufferedBytes}`.
 *
 * Run as: node --import tsx src/testing/presenceFlood.ts '<json options>'
 */
import WebSocket from "ws";
import { awarenessFrame } from "./rawClient";

type Options = {
  url: string;
  boardId: string;
  connections: number;
  rate: number;
  durationMs: number;
};

const options = JSON.parse(process.argv[2] ?? "{}") as Options;
const tickMs = 20;
/** A client that cannot send (the server stopped reading it) stops queueing past this. */
const maxQueuedBytes = 1024 * 1024;

type Flooder = { ws: WebSocket; clientId: number; clock: number; closed: number | null };

function open(index: number): Promise<Flooder> {
  const url = `${options.url.replace(/^http/, "ws")}/ws/${options.boardId}`;
  const ws = new WebSocket(url);
  const flooder: Flooder = { ws, clientId: 900_000 + index, clock: 0, closed: null };
  ws.on("error", () => undefined);
  ws.on("close", (code) => {
    flooder.closed = code;
  });
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(flooder));
    ws.once("close", (code) => reject(new Error(`flood socket closed before opening (${code})`)));
  });
}

const outcome = { sent: 0, relays: 0, relayEntries: 0, maxBufferedBytes: 0 };

function countRelays(flooder: Flooder): void {
  flooder.ws.on("message", (data: Buffer) => {
    // [1 (awareness), length, count, ...]: the count of entries is the first varUint after them.
    if (data[0] !== 1) return;
    outcome.relays++;
    let offset = 1;
    while ((data[offset] ?? 0) & 0x80) offset++;
    outcome.relayEntries += data[offset + 1] ?? 0;
  });
}

async function main(): Promise<void> {
  const flooders = await Promise.all(
    Array.from({ length: options.connections }, (_, i) => open(i)),
  );
  for (const flooder of flooders) countRelays(flooder);
  console.log(JSON.stringify({ connected: flooders.length }));
  const started = Date.now();
  let due = 0;
  await new Promise<void>((resolve) => {
    const pump = setInterval(() => {
      const elapsed = Date.now() - started;
      if (elapsed >= options.durationMs) {
        clearInterval(pump);
        resolve();
        return;
      }
      // Catch up on late ticks, so the rate holds on a busy machine; never past the total.
      const target = Math.min(
        options.rate * (elapsed / 1000),
        (options.rate * options.durationMs) / 1000,
      );
      const count = Math.max(0, Math.floor(target - due));
      due += count;
      for (const flooder of flooders) {
        if (flooder.closed !== null) continue;
        outcome.maxBufferedBytes = Math.max(outcome.maxBufferedBytes, flooder.ws.bufferedAmount);
        if (flooder.ws.bufferedAmount > maxQueuedBytes) continue;
        for (let i = 0; i < count; i++) {
          flooder.clock++;
          flooder.ws.send(
            awarenessFrame([
              {
                clientId: flooder.clientId,
                clock: flooder.clock,
                state: { name: `Flood ${flooder.clientId}`, x: flooder.clock % 1920, y: 540 },
              },
            ]),
          );
          outcome.sent++;
        }
      }
    }, tickMs);
  });
  const closes: Record<number, number> = {};
  for (const flooder of flooders) {
    if (flooder.closed !== null) closes[flooder.closed] = (closes[flooder.closed] ?? 0) + 1;
  }
  for (const flooder of flooders) flooder.ws.terminate();
  console.log(JSON.stringify({ ...outcome, closes }));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(String(error));
    process.exit(1);
  },
);
