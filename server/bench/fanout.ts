/**
 * Scenario 1, fan-out: N clients on one board, W of them writing at a steady pace. Every other
 * client records when its doc sees each write; afterwards every client must hold every write.
 *
 * `runRooms` runs the same measurement over several boards at once (the meeting scenario): each
 * client expects the writes of its own board, and no other board's.
 */
import { now, sleep } from "./clock";
import type { BenchConfig, FanoutCase, RoomLoad } from "./config";
import { CpuWindow, RssSampler } from "./proc";
import type { ClientSpec, Results, RoomExpectation, WritePace, WriterSpec } from "./protocol";
import type { RunningServer } from "./servers";
import { type Percentiles, percentiles } from "./stats";
import { type ClientWorker, deal } from "./workers";

export interface FanoutRun {
  rooms: number;
  /** Per room. */
  clients: number;
  /** Per room. */
  writers: number;
  writes: number;
  notes: number;
  /** Over every delivery of every room. */
  latencyMs: Percentiles;
  /** The highest p99 of a single room. */
  roomP99MaxMs: number;
  /** Σ over clients of (writes of its room − those present in its final doc). */
  lostWrites: number;
  /** Σ over clients of |expected note count − note count|. */
  noteCountMismatch: number;
  /** Σ over clients of writes of other rooms found in its doc. */
  crossRoomWrites: number;
  converged: boolean;
  /** From the first scheduled write until every client had every write. */
  convergeMs: number;
  /** Until every client was connected and synced. */
  connectMs: number;
  serverCpuJoinSeconds: number;
  serverCpuWriteSeconds: number;
  serverCpuWritePercent: number;
  serverRssMaxMiB: number;
  drops: number;
  closeCodes: Record<string, number>;
  /** CPU of each client worker during the write window, % of one core. */
  loadGenCpuPercent: number[];
  /** Worst lateness of a scheduled write on the writer's event loop. */
  writeLateMsMax: number;
  /**
   * CPU the machine spent outside the server, the client workers and the bench itself during the
   * write window, % of one core: other programs competing for the cores, and kernel work.
   */
  elsewhereCpuPercent: number;
}

/** One board of a run: its room name, how many clients join it and how many of them write. */
export interface RoomPlan extends FanoutCase {
  room: string;
}

/** See the `write` command. */
export interface WriteSchedule {
  intervalMs: number;
  pace: WritePace;
  writesPerWriter: number;
}

const START_DELAY_MS = 300;

export async function runFanout(
  server: RunningServer,
  workers: readonly ClientWorker[],
  config: BenchConfig["fanout"],
  size: FanoutCase,
): Promise<FanoutRun> {
  const room = await server.createRoom(`Bench fan-out ${size.clients}/${size.writers}`);
  return runRooms(server, workers, config, [{ room, ...size }], {
    intervalMs: 1000 / config.writesPerSecond,
    pace: "steady",
    writesPerWriter: Math.round(config.writesPerSecond * config.durationSeconds),
  });
}

export async function runRooms(
  server: RunningServer,
  workers: readonly ClientWorker[],
  config: RoomLoad,
  plans: readonly RoomPlan[],
  schedule: WriteSchedule,
): Promise<FanoutRun> {
  // Client keys and writer indices run on across rooms; a room's writers are its first clients.
  const specs: ClientSpec[] = [];
  const writerOf = new Map<string, number>();
  const expected: Record<string, RoomExpectation> = {};
  const notesPerWriter = Math.ceil(schedule.writesPerWriter / config.createEvery);
  for (const plan of plans) {
    const firstWriter = writerOf.size;
    for (let i = 0; i < plan.clients; i++) {
      const key = `c${specs.length}`;
      specs.push({ key, room: plan.room, name: `Participant ${i + 1}` });
      if (i < plan.writers) writerOf.set(key, writerOf.size);
    }
    expected[plan.room] = {
      writes: plan.writers * schedule.writesPerWriter,
      notes: plan.writers * notesPerWriter,
      firstWriter,
      writers: plan.writers,
    };
  }
  // Dealing round-robin spreads every room's clients and writers over the workers.
  const perWorker = deal(specs, workers.length);
  const writersPerWorker: WriterSpec[][] = perWorker.map((list) =>
    list.flatMap((spec) => {
      const index = writerOf.get(spec.key);
      return index === undefined ? [] : [{ key: spec.key, index }];
    }),
  );
  const expectedByRoom = Object.fromEntries(
    Object.entries(expected).map(([room, e]) => [room, e.writes]),
  );

  const rss = new RssSampler(server.pid);
  try {
    const joinCpu = new CpuWindow([server.pid]);
    const connected = await Promise.all(
      workers.map((worker, i) =>
        worker.request("connect", {
          wsBase: server.wsBase,
          clients: perWorker[i] ?? [],
          batchSize: config.connectBatch,
          timeoutMs: config.connectTimeoutMs,
          notesAfterSync: 0,
        }),
      ),
    );
    await sleep(config.joinSettleMs);
    server.assertAlive();
    const serverCpuJoinSeconds = joinCpu.read().cpu.get(server.pid) ?? Number.NaN;

    const window = new CpuWindow([server.pid, ...workers.map((w) => w.pid)]);
    const startAt = now() + START_DELAY_MS;
    const written: Results["write"][] = await Promise.all(
      workers.map((worker, i) =>
        worker.request("write", {
          writers: writersPerWorker[i] ?? [],
          totalWriters: writerOf.size,
          startAt,
          ...schedule,
          createEvery: config.createEvery,
        }),
      ),
    );
    const writes = written.reduce((n, r) => n + r.writes, 0);
    const notes = written.reduce((n, r) => n + r.notes, 0);

    // Wait until every client has seen every write of its room (or give up and count the losses).
    const deadline = now() + config.convergeTimeoutMs;
    let converged = false;
    while (!converged && now() < deadline) {
      server.assertAlive();
      const progress = await Promise.all(
        workers.map((w) => w.request("progress", { expectedByRoom })),
      );
      converged = progress.every((p) => p.behind === 0);
      if (!converged) await sleep(25);
    }
    const convergedAt = now();
    const usage = window.read();
    const writeWallSeconds = usage.wallSeconds;
    const cpuOf = (pid: number): number => usage.cpu.get(pid) ?? Number.NaN;

    const collected = await Promise.all(
      workers.map((w) => w.request("collect", { rooms: expected })),
    );
    const closeCodes: Record<string, number> = {};
    for (const c of collected) {
      for (const [code, n] of Object.entries(c.closeCodes)) {
        closeCodes[code] = (closeCodes[code] ?? 0) + n;
      }
    }
    const roomLatencies = plans.map((plan) =>
      concat(collected.flatMap((c) => c.latencies[plan.room] ?? [])),
    );
    const serverCpuWriteSeconds = cpuOf(server.pid);
    return {
      rooms: plans.length,
      clients: Math.max(...plans.map((p) => p.clients)),
      writers: Math.max(...plans.map((p) => p.writers)),
      writes,
      notes,
      latencyMs: percentiles(concat(roomLatencies)),
      roomP99MaxMs: Math.max(...roomLatencies.map((l) => percentiles(l).p99)),
      lostWrites: collected.reduce((n, c) => n + c.lostWrites, 0),
      noteCountMismatch: collected.reduce((n, c) => n + c.noteCountMismatch, 0),
      crossRoomWrites: collected.reduce((n, c) => n + c.crossRoomWrites, 0),
      converged,
      convergeMs: convergedAt - startAt,
      connectMs: Math.max(...connected.map((c) => c.ms)),
      serverCpuJoinSeconds,
      serverCpuWriteSeconds,
      serverCpuWritePercent: (serverCpuWriteSeconds / writeWallSeconds) * 100,
      serverRssMaxMiB: rss.stop() / 1024,
      drops: collected.reduce((n, c) => n + c.drops, 0),
      closeCodes,
      loadGenCpuPercent: workers.map((w) => (cpuOf(w.pid) / writeWallSeconds) * 100),
      writeLateMsMax: Math.max(...written.map((r) => r.lateMsMax)),
      elsewhereCpuPercent: (usage.elsewhereSeconds / writeWallSeconds) * 100,
    };
  } finally {
    rss.stop();
    await Promise.all(workers.map((w) => w.request("close", {})));
  }
}

function concat(parts: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
