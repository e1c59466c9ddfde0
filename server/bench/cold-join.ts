/**
 * Scenario 2, cold join: seed a board with many notes through ordinary clients, then time fresh
 * clients from `new WebsocketProvider` until they are synced with every note.
 *
 * Roundtable: every client leaves and the bench waits, so the board is unloaded and each join loads
 * it from storage. Reference: one idle seeding client stays connected, so the room stays loaded and
 * each join is served from memory.
 */
import { sleep } from "./clock";
import type { BenchConfig } from "./config";
import type { ClientSpec } from "./protocol";
import type { RunningServer } from "./servers";
import { median } from "./stats";
import { type ClientWorker, deal } from "./workers";

export interface ColdJoinRun {
  notes: number;
  /** Each join: ms from `new WebsocketProvider` until synced with all notes present. */
  joinsMs: number[];
  medianMs: number;
  seedMs: number;
  keptClientConnected: boolean;
}

export async function runColdJoin(
  server: RunningServer,
  workers: readonly ClientWorker[],
  config: BenchConfig["coldJoin"],
): Promise<ColdJoinRun> {
  const room = await server.createRoom("Bench cold join");
  const seeders: ClientSpec[] = Array.from({ length: config.seeders }, (_, i) => ({
    key: `seed${i}`,
    room,
    name: `Seeder ${i + 1}`,
  }));
  const perWorker = deal(seeders, workers.length);
  const keepConnected = server.kind === "ref";
  const watcher = workers[0];
  const watcherKey = perWorker[0]?.[0]?.key;
  if (!watcher || !watcherKey) throw new Error("cold join needs a worker and a seeder");

  try {
    const seedStart = performance.now();
    await Promise.all(
      workers.map((worker, i) =>
        worker.request("connect", {
          wsBase: server.wsBase,
          clients: perWorker[i] ?? [],
          batchSize: 10,
          timeoutMs: config.timeoutMs,
          notesAfterSync: 0,
        }),
      ),
    );
    // Worker i writes a contiguous share of the notes, spread over its seeders.
    const share = Math.ceil(config.notes / workers.length);
    await Promise.all(
      workers.map((worker, i) => {
        const firstIndex = i * share;
        return worker.request("seed", {
          keys: (perWorker[i] ?? []).map((s) => s.key),
          count: Math.max(0, Math.min(share, config.notes - firstIndex)),
          firstIndex,
          ratePerClient: config.seedRatePerClient,
        });
      }),
    );
    // The server broadcasts an update only after handling it, so once one seeder holds every
    // note the server holds them too.
    await watcher.request("waitNotes", {
      key: watcherKey,
      count: config.notes,
      timeoutMs: config.timeoutMs,
    });
    const seedMs = performance.now() - seedStart;
    server.assertAlive();

    for (const [i, worker] of workers.entries()) {
      const keys = (perWorker[i] ?? [])
        .map((s) => s.key)
        .filter((k) => !keepConnected || k !== watcherKey);
      await worker.request("close", { keys });
    }
    await sleep(keepConnected ? 300 : config.unloadWaitMs);

    const joinsMs: number[] = [];
    for (let j = 0; j < config.joinsPerRun; j++) {
      server.assertAlive();
      const joined = await watcher.request("join", {
        wsBase: server.wsBase,
        room,
        expectNotes: config.notes,
        timeoutMs: config.timeoutMs,
      });
      joinsMs.push(joined.ms);
      await sleep(keepConnected ? 300 : config.unloadWaitMs);
    }
    return {
      notes: config.notes,
      joinsMs,
      medianMs: median(joinsMs),
      seedMs,
      keptClientConnected: keepConnected,
    };
  } finally {
    await Promise.all(workers.map((w) => w.request("close", {})));
  }
}
