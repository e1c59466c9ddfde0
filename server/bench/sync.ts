/**
 * Sync benchmark: Roundtable against the y-websocket reference server, alternating runs.
 *
 *   pnpm bench:sync            full run (3 runs per target and scenario)
 *   pnpm bench:sync --quick    smoke test (1 run each, shorter phases)
 *
 * Prints a table per scenario and PASS/FAIL per target, and writes the results as JSON to
 * .bench/sync-<timestamp>.json at the repository root. Exits 0 whether or not targets pass;
 * non-zero only when the harness itself breaks.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { bundleRoundtable, removeBundle } from "./bundle";
import { type ColdJoinRun, runColdJoin } from "./cold-join";
import { type BenchConfig, parseArgs } from "./config";
import { errorMessage, TargetError } from "./errors";
import { type FanoutRun, runFanout } from "./fanout";
import { type IdleMemoryRun, runIdleMemory } from "./idle-memory";
import { runMeeting } from "./meeting";
import { paths } from "./paths";
import {
  describeColdJoinRun,
  describeFanoutRun,
  describeIdleMemoryRun,
  describeMeetingRun,
  printColdJoin,
  printFanout,
  printIdleMemory,
  printMeeting,
  printRunLine,
  printTargets,
} from "./report";
import {
  detectOursMode,
  killAllServers,
  type OursMode,
  oursAvailable,
  type RunningServer,
  startServer,
  TARGET_LABEL,
  type TargetKind,
} from "./servers";
import {
  type BenchResults,
  checkTargets,
  type FanoutResult,
  type Outcome,
  type RunsByTarget,
  summarizeColdJoin,
  summarizeFanout,
  summarizeIdleMemory,
} from "./summary";
import { type ClientWorker, startWorkers } from "./workers";

interface Context {
  config: BenchConfig;
  oursMode: OursMode;
  workDir: string;
  workers: ClientWorker[];
}

/** Starts a fresh server, runs one measurement, stops it. Server failures become a failed run. */
async function attempt<T>(
  ctx: Context,
  kind: TargetKind,
  measure: (server: RunningServer) => Promise<T>,
  inspect = false,
): Promise<Outcome<T>> {
  let server: RunningServer | undefined;
  try {
    server = await startServer({ kind, oursMode: ctx.oursMode, workDir: ctx.workDir, inspect });
    return { ok: true, value: await measure(server) };
  } catch (error) {
    if (error instanceof TargetError) return { ok: false, error: error.message };
    throw error;
  } finally {
    await server?.stop();
  }
}

/**
 * Runs `measure` for each run and target, alternating which goes first (ours, ref; ref, ours;
 * …), so neither server is always the one measured right after the other's run.
 */
async function alternate<T>(
  ctx: Context,
  label: string,
  measure: (server: RunningServer) => Promise<T>,
  describe: (value: T) => string,
  inspect = false,
): Promise<RunsByTarget<T>> {
  const runs: RunsByTarget<T> = { ours: [], ref: [] };
  for (let run = 1; run <= ctx.config.runs; run++) {
    const order = run % 2 === 1 ? ctx.config.targets : [...ctx.config.targets].reverse();
    for (const kind of order) {
      const outcome = await attempt(ctx, kind, measure, inspect);
      runs[kind].push(outcome);
      printRunLine(
        label,
        kind,
        run,
        outcome.ok ? describe(outcome.value) : `FAILED: ${outcome.error}`,
      );
    }
  }
  return runs;
}

function summarize<T, S>(
  runs: RunsByTarget<T>,
  targets: readonly TargetKind[],
  summarizeRuns: (outcomes: Outcome<T>[]) => S,
): Partial<Record<TargetKind, S>> {
  const out: Partial<Record<TargetKind, S>> = {};
  for (const kind of targets) out[kind] = summarizeRuns(runs[kind]);
  return out;
}

/** The unrecorded load on another board of each fresh server (see `serverWarmup` in config.ts). */
async function warmServer(ctx: Context, server: RunningServer): Promise<void> {
  const { durationSeconds, ...size } = ctx.config.serverWarmup;
  await runFanout(server, ctx.workers, { ...ctx.config.fanout, durationSeconds }, size);
}

async function bench(ctx: Context): Promise<BenchResults> {
  const { config } = ctx;
  const warmupKind = config.targets.includes("ref") ? "ref" : "ours";
  const warmup = await attempt(ctx, warmupKind, (server) =>
    runFanout(
      server,
      ctx.workers,
      { ...config.fanout, durationSeconds: config.warmup.durationSeconds },
      config.warmup,
    ),
  );
  console.log(
    `\nwarm-up (not recorded): ${TARGET_LABEL[warmupKind]} ${config.warmup.clients}/${config.warmup.writers}, ` +
      (warmup.ok ? describeFanoutRun(warmup.value) : `FAILED: ${warmup.error}`),
  );

  const fanout: FanoutResult[] = [];
  for (const size of config.scenarios.includes("fanout") ? config.fanout.cases : []) {
    const label = `fan-out ${size.clients}/${size.writers}`;
    console.log(`\n${label}`);
    const runs = await alternate<FanoutRun>(
      ctx,
      label,
      async (server) => {
        await warmServer(ctx, server);
        return runFanout(server, ctx.workers, config.fanout, size);
      },
      describeFanoutRun,
    );
    fanout.push({ size, runs, summary: summarize(runs, config.targets, summarizeFanout) });
  }

  const results: BenchResults = { fanout };
  if (config.scenarios.includes("meeting")) {
    const { rooms, clientsPerRoom } = config.meeting;
    console.log(`
meeting: ${rooms} boards × ${clientsPerRoom} clients`);
    const runs = await alternate<FanoutRun>(
      ctx,
      "meeting",
      async (server) => {
        await warmServer(ctx, server);
        return runMeeting(server, ctx.workers, config.meeting);
      },
      describeMeetingRun,
    );
    results.meeting = { runs, summary: summarize(runs, config.targets, summarizeFanout) };
  }
  if (config.scenarios.includes("cold-join")) {
    console.log("\ncold join");
    const runs = await alternate<ColdJoinRun>(
      ctx,
      "cold join",
      (server) => runColdJoin(server, ctx.workers, config.coldJoin),
      describeColdJoinRun,
    );
    results.coldJoin = { runs, summary: summarize(runs, config.targets, summarizeColdJoin) };
  }
  if (config.scenarios.includes("idle-memory")) {
    console.log("\nidle memory");
    const runs = await alternate<IdleMemoryRun>(
      ctx,
      "idle memory",
      (server) => runIdleMemory(server, ctx.workers, config.idleMemory),
      describeIdleMemoryRun,
      true,
    );
    results.idleMemory = { runs, summary: summarize(runs, config.targets, summarizeIdleMemory) };
  }
  return results;
}

/** JSON.stringify replacer: non-finite numbers (NaN for missing data) have no JSON form. */
const jsonReplacer = (_key: string, value: unknown): unknown => {
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
};

async function main(): Promise<void> {
  const config = parseArgs(process.argv.slice(2));
  let oursMode = config.oursMode ?? detectOursMode();
  if (config.targets.includes("ours") && !oursAvailable(oursMode)) {
    console.error(
      `${TARGET_LABEL.ours} server not found (server/${oursMode === "dist" ? "dist/index.js" : "src/index.ts"}); ` +
        "bench the reference alone with --only=ref",
    );
    process.exitCode = 1;
    return;
  }
  if (config.targets.includes("ours") && oursMode === "bundle") {
    try {
      await bundleRoundtable();
    } catch (error) {
      // The sources do not bundle right now: tsx will show the same fault as failed runs.
      console.log(`note: bundling ${TARGET_LABEL.ours} failed (${errorMessage(error)}); using tsx`);
      oursMode = "src";
    }
  }

  const startedAt = new Date();
  const workDir = mkdtempSync(join(tmpdir(), "roundtable-bench-"));
  const workers = await startWorkers(config.workers);
  const stopEverything = (): void => {
    killAllServers();
    for (const worker of workers) worker.kill();
  };
  process.once("SIGINT", () => {
    stopEverything();
    process.exit(130);
  });

  let failedRuns = 0;
  try {
    const skews = await Promise.all(workers.map((w) => w.clockSkewMs()));
    console.log(
      `Roundtable sync bench — ${config.quick ? "quick" : "full"}, ${config.runs} run(s) per target, ` +
        `targets: ${config.targets.map((t) => TARGET_LABEL[t]).join(", ")}`,
    );
    const oursFrom = {
      dist: "server/dist (its own build)",
      bundle: "a fresh bundle of server/src (server/dist is missing or older than the sources)",
      src: "server/src through tsx",
    }[oursMode];
    console.log(
      `node ${process.version}, ${cpus().length} CPU(s); ${TARGET_LABEL.ours} from ${oursFrom}; ` +
        `${workers.length} client worker processes (clock skew ${skews.map((s) => s.toFixed(3)).join(" / ")} ms)`,
    );

    if (config.targets.includes("ours") && oursMode === "src") {
      console.log(
        `note: ${TARGET_LABEL.ours} runs through tsx, so its RSS includes the loader; ` +
          "memory figures are not representative",
      );
    }
    const ctx: Context = { config, oursMode, workDir, workers };
    const results = await bench(ctx);
    const elapsedSeconds = (Date.now() - startedAt.getTime()) / 1000;

    for (const f of results.fanout) printFanout(f, config.fanout, config.runs);
    if (results.meeting) printMeeting(results.meeting, config.meeting, config.runs);
    if (results.coldJoin) {
      printColdJoin(results.coldJoin.summary, results.coldJoin.runs, config.coldJoin);
    }
    if (results.idleMemory) {
      printIdleMemory(results.idleMemory.summary, results.idleMemory.runs, config.idleMemory);
    }
    const checks = checkTargets(results, config.targets);
    printTargets(checks);
    if (config.quick) {
      console.log(
        "quick run: one short run per target, so latency ratios are noisy; the targets are judged by the full run (pnpm bench:sync)",
      );
    }

    const allRuns = [
      ...results.fanout.flatMap((f) => [...f.runs.ours, ...f.runs.ref]),
      ...(results.meeting ? [...results.meeting.runs.ours, ...results.meeting.runs.ref] : []),
      ...(results.coldJoin ? [...results.coldJoin.runs.ours, ...results.coldJoin.runs.ref] : []),
      ...(results.idleMemory
        ? [...results.idleMemory.runs.ours, ...results.idleMemory.runs.ref]
        : []),
    ];
    failedRuns = allRuns.filter((o) => !o.ok).length;

    mkdirSync(paths.results, { recursive: true });
    const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
    const file = join(paths.results, `sync-${stamp}.json`);
    const report = {
      startedAt: startedAt.toISOString(),
      elapsedSeconds,
      environment: {
        node: process.version,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? "unknown",
        oursMode,
        clockSkewMs: skews,
      },
      config,
      results,
      targets: checks,
    };
    writeFileSync(file, `${JSON.stringify(report, jsonReplacer, 2)}\n`);
    console.log(`\nresults: ${relative(paths.repoRoot, file)}  (${elapsedSeconds.toFixed(0)} s)`);
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    killAllServers();
    removeBundle();
    if (failedRuns === 0) rmSync(workDir, { recursive: true, force: true });
    else console.log(`server logs kept in ${workDir}`);
  }
}

main().catch((error: unknown) => {
  console.error(
    `bench harness failed: ${error instanceof Error ? (error.stack ?? errorMessage(error)) : errorMessage(error)}`,
  );
  killAllServers();
  process.exit(1);
});
