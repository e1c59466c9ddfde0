/**
 * Client worker: a child process holding many stock y-websocket clients (`WebsocketProvider` over
 * the `ws` package). The orchestrator drives it over IPC (see protocol.ts), so that the load
 * generator is spread over processes and does not compete with the orchestrator's timers.
 */
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { now, sleep } from "./clock";
import { errorMessage, TargetError } from "./errors";
import {
  appendToNote,
  createNote,
  noteLane,
  notePhrase,
  notesOf,
  noteWord,
  prng,
  seedOf,
  tokensIn,
  writeToken,
} from "./notes";
import type { ClientSpec, Commands, CommandType, Request, Response, Results } from "./protocol";

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>;
const WebSocketPolyfill = WebSocket as unknown as ProviderOptions["WebSocketPolyfill"];

interface BenchClient {
  key: string;
  room: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  /** Set once the first sync completed; drops are counted after that. */
  ready: boolean;
  closing: boolean;
  /** Write tokens seen, own writes included. */
  seen: Set<string>;
  /** Fan-out latencies (ms) of remote writes, in arrival order. */
  latencies: number[];
  drops: number;
  closeCodes: Map<number, number>;
  /** Set when the server closed the connection for good (close codes 4400–4499). */
  refused?: string;
}

const clients = new Map<string, BenchClient>();

// Every WebsocketProvider adds a process 'exit' listener; hundreds of clients are expected here.
process.setMaxListeners(0);

function providerFor(wsBase: string, room: string, doc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider(wsBase, room, doc, { WebSocketPolyfill, disableBc: true });
}

function closeCode(event: unknown): number {
  const code = (event as { code?: unknown } | null)?.code;
  return typeof code === "number" ? code : 0;
}

function openClient(wsBase: string, spec: ClientSpec): BenchClient {
  const doc = new Y.Doc();
  const provider = providerFor(wsBase, spec.room, doc);
  provider.awareness.setLocalStateField("user", { name: spec.name });
  let markSynced: () => void = () => {};
  const client: BenchClient = {
    key: spec.key,
    room: spec.room,
    doc,
    provider,
    synced: new Promise<void>((resolve) => {
      markSynced = resolve;
    }),
    ready: false,
    closing: false,
    seen: new Set(),
    latencies: [],
    drops: 0,
    closeCodes: new Map(),
  };
  provider.on("sync", (isSynced: boolean) => {
    if (!isSynced) return;
    client.ready = true;
    markSynced();
  });
  provider.on("connection-close", (event: unknown) => {
    if (client.closing) return;
    const code = closeCode(event);
    client.closeCodes.set(code, (client.closeCodes.get(code) ?? 0) + 1);
    if (client.ready) client.drops += 1;
  });
  provider.on("closed", (event: { code: number; reason: string }) => {
    if (!client.closing) client.refused = `close ${event.code} ${event.reason}`.trim();
  });

  const notes = notesOf(doc);
  notes.observeDeep((events, transaction) => {
    if (transaction.local) return;
    const receivedAt = now();
    const touched = new Set<string>();
    for (const event of events) {
      if (event.target === notes && event instanceof Y.YMapEvent) {
        for (const id of event.keysChanged) touched.add(id);
      } else {
        const id = event.path[0];
        if (typeof id === "string") touched.add(id);
      }
    }
    for (const id of touched) {
      const note = notes.get(id);
      const token = note?.get("w");
      const sentAt = note?.get("ts");
      if (typeof token !== "string" || typeof sentAt !== "number" || client.seen.has(token))
        continue;
      client.seen.add(token);
      client.latencies.push(receivedAt - sentAt);
    }
  });
  return client;
}

function clientByKey(key: string): BenchClient {
  const client = clients.get(key);
  if (!client) throw new Error(`unknown client ${key}`);
  return client;
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function syncFailure(client: BenchClient, ms: number): TargetError {
  const codes = [...client.closeCodes].map(([code, n]) => `${code}×${n}`).join(", ");
  const detail = client.refused ?? (codes ? `connection closes: ${codes}` : "no close seen");
  return new TargetError(`client ${client.key} not synced within ${ms} ms (${detail})`);
}

async function connect(params: Commands["connect"]): Promise<Results["connect"]> {
  const started = now();
  for (let i = 0; i < params.clients.length; i += params.batchSize) {
    const batch = params.clients.slice(i, i + params.batchSize).map((spec) => {
      if (clients.has(spec.key)) throw new Error(`duplicate client ${spec.key}`);
      const client = openClient(params.wsBase, spec);
      clients.set(spec.key, client);
      return client;
    });
    await Promise.all(
      batch.map((client) =>
        withTimeout(client.synced, params.timeoutMs, () => syncFailure(client, params.timeoutMs)),
      ),
    );
    if (params.notesAfterSync > 0) {
      for (const client of batch) {
        const random = prng(seedOf(client.key));
        for (let n = 0; n < params.notesAfterSync; n++) {
          createNote(client.doc, {
            id: `${client.key}-n${n}`,
            text: notePhrase(random),
            lane: noteLane(random),
            order: n,
          });
        }
      }
    }
  }
  return { ms: now() - started };
}

async function write(params: Commands["write"]): Promise<Results["write"]> {
  let notes = 0;
  let lateMsMax = 0;
  const runWriter = (index: number, client: BenchClient): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const random = prng(1000 + index);
      const phase = index / params.totalWriters;
      const dueOf = (seq: number): number =>
        params.startAt + (seq + (params.pace === "random" ? random() : phase)) * params.intervalMs;
      let current = "";
      const writeOnce = (seq: number): void => {
        const token = writeToken(index, seq);
        client.seen.add(token);
        const sentAt = now();
        if (seq % params.createEvery === 0) {
          current = `note-${index}-${seq}`;
          createNote(client.doc, {
            id: current,
            text: `${notePhrase(random)} ${token}`,
            lane: "inbox",
            order: seq,
            write: { token, sentAt },
          });
          notes += 1;
        } else {
          appendToNote(client.doc, current, `${noteWord(random)} ${token}`, { token, sentAt });
        }
      };
      const schedule = (seq: number): void => {
        const due = dueOf(seq);
        setTimeout(
          () => {
            try {
              lateMsMax = Math.max(lateMsMax, now() - due);
              writeOnce(seq);
              if (seq + 1 < params.writesPerWriter) schedule(seq + 1);
              else resolve();
            } catch (error) {
              reject(error);
            }
          },
          Math.max(0, due - now()),
        );
      };
      schedule(0);
    });
  await Promise.all(params.writers.map((w) => runWriter(w.index, clientByKey(w.key))));
  return { writes: params.writers.length * params.writesPerWriter, notes, lateMsMax };
}

function progress(params: Commands["progress"]): Results["progress"] {
  let behind = 0;
  for (const client of clients.values()) {
    if (client.seen.size < (params.expectedByRoom[client.room] ?? 0)) behind += 1;
  }
  return { clients: clients.size, behind };
}

function collect(params: Commands["collect"]): Results["collect"] {
  let lostWrites = 0;
  let noteCountMismatch = 0;
  let crossRoomWrites = 0;
  let drops = 0;
  const closeCodes: Record<string, number> = {};
  const latencies: Record<string, number[]> = {};
  for (const client of clients.values()) {
    const expected = params.rooms[client.room];
    if (!expected) throw new Error(`no expectation for room ${client.room}`);
    let own = 0;
    for (const writer of tokensIn(client.doc).values()) {
      const inRoom =
        writer >= expected.firstWriter && writer < expected.firstWriter + expected.writers;
      if (inRoom) own += 1;
      else crossRoomWrites += 1;
    }
    lostWrites += Math.max(0, expected.writes - own);
    noteCountMismatch += Math.abs(expected.notes - notesOf(client.doc).size);
    drops += client.drops;
    for (const [code, n] of client.closeCodes) closeCodes[code] = (closeCodes[code] ?? 0) + n;
    const roomLatencies = latencies[client.room] ?? [];
    for (const ms of client.latencies) roomLatencies.push(ms);
    latencies[client.room] = roomLatencies;
  }
  return {
    clients: clients.size,
    latencies: Object.fromEntries(
      Object.entries(latencies).map(([room, list]) => [room, Float64Array.from(list)]),
    ),
    lostWrites,
    noteCountMismatch,
    crossRoomWrites,
    drops,
    closeCodes,
  };
}

async function seed(params: Commands["seed"]): Promise<Results["seed"]> {
  const seeders = params.keys.map(clientByKey);
  const intervalMs = 1000 / params.ratePerClient;
  await Promise.all(
    seeders.map(async (client, s) => {
      const random = prng(5000 + params.firstIndex + s);
      const started = now();
      let k = 0;
      for (let i = s; i < params.count; i += seeders.length) {
        const wait = started + k * intervalMs - now();
        if (wait > 0) await sleep(wait);
        k += 1;
        const n = params.firstIndex + i;
        const extra = random() < 0.5 ? ` — ${noteWord(random)} ${noteWord(random)}` : "";
        createNote(client.doc, {
          id: `seed-${n}`,
          text: `${notePhrase(random)}${extra}`,
          lane: noteLane(random),
          order: n,
        });
      }
    }),
  );
  return { notes: params.count };
}

async function waitNotes(params: Commands["waitNotes"]): Promise<Results["waitNotes"]> {
  const client = clientByKey(params.key);
  const notes = notesOf(client.doc);
  const deadline = now() + params.timeoutMs;
  while (notes.size < params.count) {
    if (now() > deadline) {
      throw new TargetError(
        `client ${params.key} holds ${notes.size}/${params.count} notes after ${params.timeoutMs} ms`,
      );
    }
    await sleep(20);
  }
  return { notes: notes.size };
}

function destroyClient(client: BenchClient): void {
  client.closing = true;
  client.provider.destroy();
  client.doc.destroy();
  clients.delete(client.key);
}

function close(params: Commands["close"]): Results["close"] {
  const targets = params.keys ? params.keys.map(clientByKey) : [...clients.values()];
  for (const client of targets) destroyClient(client);
  // Collect the closed clients' garbage now, between runs: left to itself, the collector would
  // stop this worker during the next run, which then looks slower than the one before it.
  if (clients.size === 0) (globalThis as { gc?: () => void }).gc?.();
  return { closed: targets.length };
}

async function join(params: Commands["join"]): Promise<Results["join"]> {
  const started = now();
  const doc = new Y.Doc();
  const provider = providerFor(params.wsBase, params.room, doc);
  const notes = notesOf(doc);
  let syncMs = -1;
  let refused = "";
  try {
    const done = new Promise<number>((resolve, reject) => {
      const check = (): void => {
        if (syncMs >= 0 && notes.size >= params.expectNotes) resolve(now() - started);
      };
      provider.on("sync", (isSynced: boolean) => {
        if (!isSynced || syncMs >= 0) return;
        syncMs = now() - started;
        check();
      });
      provider.on("closed", (event: { code: number; reason: string }) => {
        refused = `close ${event.code} ${event.reason}`.trim();
        reject(new TargetError(`joining client refused (${refused})`));
      });
      doc.on("update", check);
    });
    const ms = await withTimeout(
      done,
      params.timeoutMs,
      () =>
        new TargetError(
          `joining client not synced with ${params.expectNotes} notes within ${params.timeoutMs} ms ` +
            `(synced: ${syncMs >= 0}, notes: ${notes.size})`,
        ),
    );
    return { ms, syncMs, notes: notes.size };
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

async function handle(request: Request): Promise<Results[CommandType]> {
  switch (request.type) {
    case "clock":
      return { now: now() };
    case "connect":
      return connect(request.params);
    case "write":
      return write(request.params);
    case "progress":
      return progress(request.params);
    case "collect":
      return collect(request.params);
    case "seed":
      return seed(request.params);
    case "waitNotes":
      return waitNotes(request.params);
    case "close":
      return close(request.params);
    case "join":
      return join(request.params);
  }
}

function reply(response: Response): void {
  process.send?.(response);
}

process.on("message", (message: Request) => {
  handle(message).then(
    (result) => reply({ id: message.id, ok: true, result }),
    (error: unknown) =>
      reply({
        id: message.id,
        ok: false,
        error: errorMessage(error),
        target: error instanceof TargetError,
      }),
  );
});

// The orchestrator going away (normally or not) ends the worker.
process.on("disconnect", () => {
  for (const client of [...clients.values()]) destroyClient(client);
  process.exit(0);
});
