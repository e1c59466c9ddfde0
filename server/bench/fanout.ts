/**
 * Scenario 1, fan-out: N clients on one board, W of them writing at a steady pace. Every other
 * client records when its doc sees each write; afterwards every client must hold every write.
 */
import { now, sleep } from "./clock";
import type { BenchConfig, FanoutCase } from "./config";
import { CpuWindow, RssSampler } from "./proc";
import type { ClientSpec, Results, WriterSpec } from "./protocol";
import type { RunningServer } from "./servers";
import { type Percentiles, percentiles } from "./stats";
import { type ClientWorker, deal } from "./workers";

export interface FanoutRun {
  clients: number;
  writers: number;
  writes: number;
  notes: number;
  latencyMs: Percentiles;
  /** Σ over clients of (expected writes − writes present in its final doc). */
  lostWrites: number;
  /** Σ over clients of |expected note count − note count|. */
  noteCountMismatch: number;
  converged: boolean;
  /** From the first scheduled write until every client had every write. */
  convergeMs: number;
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
}

const START_DELAY_MS = 300;

export async function runFanout(
  server: RunningServer,
  workers: readonly ClientWorker[],
  config: BenchConfig["fanout"],
  size: FanoutCase,
): Promise<FanoutRun> {
  const room = await server.createRoom(`Bench fan-out ${size.clients}/${size.writers}`);
  const specs: ClientSpec[] = Array.from({ length: size.clients }, (_, i) => ({
    key: `c${i}`,
    room,
    name: `Participant ${i + 1}`,
  }));
  // Writers are the first W clients; dealing round-robin spreads them over the workers.
  const perWorker = deal(specs, workers.length);
  const writersPerWorker: WriterSpec[][] = perWorker.map((list) =>
    list
      .map((spec) => ({ key: spec.key, index: Number(spec.key.slice(1)) }))
      .filter((w) => w.index < size.writers),
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

    const intervalMs = 1000 / config.writesPerSecond;
    const writesPerWriter = Math.round(config.writesPerSecond * config.durationSeconds);
    const window = new CpuWindow([server.pid, ...workers.map((w) => w.pid)]);
    const startAt = now() + START_DELAY_MS;
    const written: Results["write"][] = await Promise.all(
      workers.map((worker, i) =>
        worker.request("write", {
          writers: writersPerWorker[i] ?? [],
          totalWriters: size.writers,
          startAt,
          intervalMs,
          writesPerWriter,
          createEvery: config.createEvery,
        }),
      ),
    );
    const writes = written.reduce((n, r) => n + r.writes, 0);
    const notes = written.reduce((n, r) => n + r.notes, 0);

    // Wait until every client has seen every write (or give up and count the losses).
    const deadline = now() + config.convergeTimeoutMs;
    let converged = false;
    while (!converged && now() < deadline) {
      server.assertAlive();
      const progress = await Promise.all(workers.map((w) => w.request("progress", {})));
      converged = progress.every((p) => p.minSeen >= writes);
      if (!converged) await sleep(25);
    }
    const convergedAt = now();
    const usage = window.read();
    const writeWallSeconds = usage.wallSeconds;
    const cpuOf = (pid: number): number => usage.cpu.get(pid) ?? Number.NaN;

    const collected = await Promise.all(
      workers.map((w) => w.request("collect", { expectedWrites: writes, expectedNotes: notes })),
    );
    const closeCodes: Record<string, number> = {};
    for (const c of collected) {
      for (const [code, n] of Object.entries(c.closeCodes)) {
        closeCodes[code] = (closeCodes[code] ?? 0) + n;
      }
    }
    const serverCpuWriteSeconds = cpuOf(server.pid);
    return {
      clients: size.clients,
      writers: size.writers,
      writes,
      notes,
      latencyMs: percentiles(concat(collected.map((c) => c.latencies))),
      lostWrites: collected.reduce((n, c) => n + c.lostWrites, 0),
      noteCountMismatch: collected.reduce((n, c) => n + c.noteCountMismatch, 0),
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
