/** Bench parameters (full and --quick) and command-line parsing. */
import type { OursMode, TargetKind } from "./servers";

export interface FanoutCase {
  clients: number;
  writers: number;
}

/** How the fan-out scenarios connect their clients, shape their writes and wait for them. */
export interface RoomLoad {
  /** Every n-th write creates a note; the others append a word to the writer's latest note. */
  createEvery: number;
  connectBatch: number;
  connectTimeoutMs: number;
  /** Quiet time after all clients joined, before the writes start. */
  joinSettleMs: number;
  convergeTimeoutMs: number;
}

export const SCENARIOS = ["fanout", "meeting", "cold-join", "idle-memory"] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface BenchConfig {
  quick: boolean;
  scenarios: Scenario[];
  runs: number;
  targets: TargetKind[];
  /** Undefined: pick `dist` when a fresh build exists, else `src`. */
  oursMode: OursMode | undefined;
  workers: number;
  /** Unrecorded fan-out run before the measured ones, so JIT warm-up of the clients counts for neither server. */
  warmup: FanoutCase & { durationSeconds: number };
  /**
   * Unrecorded load on another board of each fresh server before its measured fan-out run, for
   * both servers alike: a server runs for hours, so its first seconds of JIT compilation are not
   * what a meeting sees.
   */
  serverWarmup: FanoutCase & { durationSeconds: number };
  fanout: RoomLoad & {
    cases: FanoutCase[];
    writesPerSecond: number;
    durationSeconds: number;
  };
  /**
   * A meeting split into group boards on one server: every client of every board writes on its
   * own random schedule, all at once.
   */
  meeting: RoomLoad & {
    rooms: number;
    clientsPerRoom: number;
    /** One write per client in each slot of this length, at a random moment of it. */
    writeEveryMs: number;
    durationSeconds: number;
  };
  coldJoin: {
    notes: number;
    seeders: number;
    seedRatePerClient: number;
    joinsPerRun: number;
    /** Wait after the last client left, for Roundtable to unload the board. */
    unloadWaitMs: number;
    timeoutMs: number;
  };
  idleMemory: {
    boards: number;
    notesPerBoard: number;
    warmupBoards: number;
    settleMs: number;
    /**
     * How long the open boards sit untouched before the "idle" reading: longer than Roundtable's
     * hibernation delay (10 s) plus its sweep interval (5 s).
     */
    idleMs: number;
    /** Quiet time after the warm-up, before the baseline samples. */
    baselineWaitMs: number;
    /** Longest wait after the last client left for RSS to come back near baseline. */
    closeWaitMs: number;
    samples: number;
    sampleIntervalMs: number;
  };
}

const USAGE = `usage: pnpm bench:sync [--quick] [--runs=N] [--only=ours|ref] [--ours=dist|bundle|src] [--scenario=LIST]
  --quick      one run per target, shorter phases (smoke test)
  --scenario=  comma-separated subset of ${SCENARIOS.join(",")} (default: all)
  --runs=N     runs per target and scenario (default 3)
  --only=...   bench only Roundtable (ours) or only the reference (ref)
  --ours=...   start Roundtable from server/dist (its own build), from the bench's bundle of the
               current sources (bench/dist), or from server/src through tsx; default: dist when
               it is newer than every source file, else bundle`;

const isScenario = (name: string): name is Scenario =>
  (SCENARIOS as readonly string[]).includes(name);

export function parseArgs(argv: readonly string[]): BenchConfig {
  let quick = false;
  let scenarios: Scenario[] = [...SCENARIOS];
  let runs: number | undefined;
  let targets: TargetKind[] = ["ours", "ref"];
  let oursMode: OursMode | undefined;
  for (const arg of argv) {
    const [flag, value] = arg.split("=", 2);
    if (arg === "--") continue;
    if (flag === "--quick") quick = true;
    else if (flag === "--scenario" && value && value.split(",").every(isScenario)) {
      scenarios = SCENARIOS.filter((name) => value.split(",").includes(name));
    } else if (flag === "--runs" && value && /^\d+$/.test(value) && Number(value) > 0) {
      runs = Number(value);
    } else if (flag === "--only" && (value === "ours" || value === "ref")) targets = [value];
    else if (flag === "--ours" && (value === "dist" || value === "bundle" || value === "src")) {
      oursMode = value;
    } else if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown argument ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  const roomLoad: RoomLoad = {
    createEvery: 4,
    connectBatch: 10,
    connectTimeoutMs: 20_000,
    joinSettleMs: 1_000,
    convergeTimeoutMs: 15_000,
  };
  return {
    quick,
    scenarios,
    runs: runs ?? (quick ? 1 : 3),
    targets,
    oursMode,
    workers: 2,
    warmup: { clients: 50, writers: 5, durationSeconds: 3 },
    serverWarmup: { clients: 20, writers: 4, durationSeconds: 2 },
    fanout: {
      cases: [
        { clients: 50, writers: 5 },
        { clients: 100, writers: 10 },
      ],
      writesPerSecond: 8,
      durationSeconds: quick ? 4 : 10,
      ...roomLoad,
    },
    meeting: {
      // Ten group boards of thirty: a large workshop where every group writes at the same time.
      rooms: 10,
      clientsPerRoom: 30,
      // A meeting's pace: people type a note in a burst, then pause to think, read or listen, so
      // one change (a new note or a few words added to one) every 3 s per person on average is a
      // busy brainstorm where everyone writes at once. Each change falls at a random moment of its
      // own 3 s slot: one person's changes come 0–6 s apart and people drift in and out of step.
      // 10 changes/s per board, 100/s on the server.
      writeEveryMs: 3_000,
      durationSeconds: quick ? 12 : 30,
      ...roomLoad,
    },
    coldJoin: {
      notes: 2_000,
      seeders: 20,
      seedRatePerClient: 25,
      joinsPerRun: quick ? 2 : 3,
      unloadWaitMs: 1_000,
      timeoutMs: 30_000,
    },
    idleMemory: {
      // Hundreds of boards, so the per-board growth stands out from V8's heap slack.
      boards: quick ? 300 : 800,
      notesPerBoard: 5,
      warmupBoards: 20,
      settleMs: 2_000,
      idleMs: 16_000,
      baselineWaitMs: 2_000,
      closeWaitMs: quick ? 5_000 : 10_000,
      samples: 5,
      sampleIntervalMs: 200,
    },
  };
}
