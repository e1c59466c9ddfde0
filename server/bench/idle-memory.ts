/**
 * Scenario 3, memory per idle board: K boards each with one idle client holding a small doc. RSS is
 * read before (after a warm-up), with the boards open just after their notes were written, again
 * once nobody has touched them for `idleMs`, and after every client has left; then the
 * same boards are opened once more: memory that was freed is reused, memory that leaked adds up.
 *
 * Each reading follows a forced full garbage collection through the V8 inspector (both servers
 * run with --inspect here), so it shows live memory rather than garbage V8 has not collected yet:
 * an idle process may not collect for a long time. The RSS before the first forced collection is
 * kept too ("raw").
 */
import { sleep } from "./clock";
import type { BenchConfig } from "./config";
import { errorMessage } from "./errors";
import { InspectorGc } from "./inspector";
import { rssKiB } from "./proc";
import type { ClientSpec } from "./protocol";
import { createRooms, type RunningServer } from "./servers";
import { median } from "./stats";
import { retainedLimitMiB } from "./summary";
import { type ClientWorker, deal } from "./workers";

export interface IdleMemoryRun {
  boards: number;
  /** False when the inspector was unreachable and readings include uncollected garbage. */
  forcedGc: boolean;
  baselineMiB: number;
  loadedMiB: number;
  /** With the boards open, before forcing a collection. */
  loadedRawMiB: number;
  afterCloseMiB: number;
  /** After the close, before forcing a collection. */
  afterCloseRawMiB: number;
  /** (idle − baseline) / boards: the boards open with nothing written for `idleMs`. */
  perBoardKiB: number;
  /** (loaded − baseline) / boards: the boards open, just after their notes were written. */
  perBoardActiveKiB: number;
  /** With the boards open and untouched for `idleMs`. */
  idleMiB: number;
  /** afterClose − baseline. */
  retainedMiB: number;
  /** How long after the last client left RSS was read (early once back near baseline). */
  afterCloseWaitMs: number;
  /** RSS with the same boards opened a second time, after the close. */
  reopenedMiB: number;
  /** reopened − loaded: about 0 when the closed boards were freed, about the growth if leaked. */
  reopenGrowthMiB: number;
}

async function sampleRss(pid: number, samples: number, intervalMs: number): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (i > 0) await sleep(intervalMs);
    values.push(rssKiB(pid));
  }
  return median(values);
}

async function openBoards(
  server: RunningServer,
  workers: readonly ClientWorker[],
  rooms: readonly string[],
  prefix: string,
  notesPerBoard: number,
): Promise<void> {
  const specs: ClientSpec[] = rooms.map((room, i) => ({
    key: `${prefix}${i}`,
    room,
    name: `Solo ${i + 1}`,
  }));
  const perWorker = deal(specs, workers.length);
  await Promise.all(
    workers.map((worker, i) =>
      worker.request("connect", {
        wsBase: server.wsBase,
        clients: perWorker[i] ?? [],
        batchSize: 25,
        timeoutMs: 20_000,
        notesAfterSync: notesPerBoard,
      }),
    ),
  );
}

const closeAll = (workers: readonly ClientWorker[]): Promise<unknown> =>
  Promise.all(workers.map((w) => w.request("close", {})));

export async function runIdleMemory(
  server: RunningServer,
  workers: readonly ClientWorker[],
  config: BenchConfig["idleMemory"],
): Promise<IdleMemoryRun> {
  let gc: InspectorGc | undefined;
  try {
    if (server.inspectPort !== undefined) {
      try {
        gc = await InspectorGc.connect(server.inspectPort);
      } catch (error) {
        console.log(`  (no forced GC: inspector unreachable: ${errorMessage(error)})`);
      }
    }
    const sample = (): Promise<number> =>
      sampleRss(server.pid, config.samples, config.sampleIntervalMs);
    const settledSample = async (): Promise<number> => {
      server.assertAlive();
      if (gc) {
        await gc.collect();
        await sleep(100);
      }
      return sample();
    };

    // Warm-up: load code paths and caches with a few short-lived boards.
    const warmRooms = await createRooms(server, config.warmupBoards, "Warm-up");
    await openBoards(server, workers, warmRooms, "warm", config.notesPerBoard);
    await sleep(500);
    await closeAll(workers);
    // Boards are created before the baseline, so the delta is the cost of open, idle boards.
    const rooms = await createRooms(server, config.boards, "Idle board");
    await sleep(config.baselineWaitMs);
    const baseline = await settledSample();

    await openBoards(server, workers, rooms, "idle", config.notesPerBoard);
    await sleep(config.settleMs);
    const loadedRaw = await sample();
    const loaded = await settledSample();
    // An idle board is one nobody has touched for a while: each server may shed memory then.
    await sleep(config.idleMs);
    const idle = await settledSample();

    // After every client left, read until RSS is back near baseline or the wait runs out.
    await closeAll(workers);
    const limitKiB = retainedLimitMiB((loaded - baseline) / 1024) * 1024;
    const closedAt = performance.now();
    await sleep(1_000);
    const afterCloseRaw = await sample();
    let afterClose = await settledSample();
    while (afterClose - baseline > limitKiB && performance.now() - closedAt < config.closeWaitMs) {
      await sleep(1_000);
      afterClose = await settledSample();
    }
    const afterCloseWaitMs = performance.now() - closedAt;

    // Leak check: open the same boards again. Freed memory is reused, leaked memory adds up.
    await openBoards(server, workers, rooms, "again", 0);
    await sleep(config.settleMs);
    const reopened = await settledSample();
    return {
      boards: config.boards,
      forcedGc: gc !== undefined,
      baselineMiB: baseline / 1024,
      loadedMiB: loaded / 1024,
      loadedRawMiB: loadedRaw / 1024,
      afterCloseMiB: afterClose / 1024,
      afterCloseRawMiB: afterCloseRaw / 1024,
      perBoardKiB: (idle - baseline) / config.boards,
      perBoardActiveKiB: (loaded - baseline) / config.boards,
      idleMiB: idle / 1024,
      retainedMiB: (afterClose - baseline) / 1024,
      afterCloseWaitMs,
      reopenedMiB: reopened / 1024,
      reopenGrowthMiB: (reopened - loaded) / 1024,
    };
  } finally {
    gc?.close();
    await closeAll(workers);
  }
}
