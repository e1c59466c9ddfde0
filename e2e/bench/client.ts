/**
 * Client benchmark: the built server and Chromium, boards of 10, 500 and 2,000 notes, and what a
 * person feels on each (first render, typing, dragging, an editor, another person's edit) and
 * what the page downloads. Every 500- and 2,000-note figure is judged as a ratio to the 10-note
 * board's of the same run.
 *
 *   pnpm bench:client            full run: 3 sizes, 5 runs each; fails on any missed target
 *   pnpm bench:client --quick    CI: 10 and 2,000 notes, 1 run; timing targets not counted
 *
 * Writes the runs as JSON to .bench/client-<timestamp>.json at the repository root.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { launchChromium } from "../fixtures/browser";
import { type RunningServer, startBuiltServer } from "../fixtures/server";
import { BASE_SIZE, type BoardSize } from "./boards";
import { type BenchConfig, parseArgs, USAGE, UsageError } from "./config";
import { type Figures, type SizeRuns, summarize } from "./figures";
import { printSize, printTargets } from "./report";
import { benchSize } from "./sizeRun";
import { type Check, checkSize } from "./targets";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Measures every size, prints the tables and targets; the exit code: 1 when a counted one missed. */
async function bench(config: BenchConfig, server: RunningServer, browser: Browser) {
  const startedAt = new Date();
  console.log(
    `Roundtable client bench — ${config.quick ? "quick" : "full"}, ${config.runs} run(s) per size,` +
      ` boards of ${config.sizes.join(", ")} notes; Chromium ${browser.version()},` +
      ` node ${process.version}, ${cpus().length} CPU(s)`,
  );
  const bySize: SizeRuns[] = [];
  for (const size of config.sizes) bySize.push(await benchSize(config, server, browser, size));

  const figures = new Map<BoardSize, Figures>(bySize.map((runs) => [runs.size, summarize(runs)]));
  const base = figures.get(BASE_SIZE);
  if (!base) throw new Error("no 10-note figures to compare with");
  const checks: Check[] = [];
  for (const [size, sized] of figures) {
    const sizeChecks = checkSize(size, sized, base, config.countTiming);
    checks.push(...sizeChecks);
    printSize(size, config.runs, sized, base, sizeChecks);
  }
  printTargets(checks, base, config.quick);

  const elapsedSeconds = (Date.now() - startedAt.getTime()) / 1000;
  mkdirSync(join(repoRoot, ".bench"), { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, "-");
  const file = join(repoRoot, ".bench", `client-${stamp}.json`);
  const environment = { node: process.version, chromium: browser.version(), cpus: cpus().length };
  const report = { startedAt, elapsedSeconds, environment, config, runs: bySize, checks };
  writeFileSync(
    file,
    `${JSON.stringify({ ...report, figures: Object.fromEntries(figures) }, null, 2)}\n`,
  );
  const missed = checks.filter((check) => !check.pass && check.counted).length;
  console.log(
    `\n${missed === 0 ? "every counted target met" : `${missed} counted target(s) missed`};` +
      ` results: ${relative(repoRoot, file)}  (${elapsedSeconds.toFixed(0)} s)`,
  );
  return missed === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  let config: BenchConfig;
  try {
    config = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) console.error(error.message);
    console.error(USAGE);
    return 2;
  }
  let server: RunningServer;
  try {
    server = await startBuiltServer();
  } catch (error) {
    // No build: say so and stop; the bench builds nothing itself.
    const message = error instanceof Error ? error.message : String(error);
    console.error(`bench:client cannot start: ${message}`);
    return 1;
  }
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    return await bench(config, server, browser);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`bench harness failed: ${message}`);
    process.exit(1);
  },
);
