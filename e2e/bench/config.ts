/** The bench's two forms, full and --quick, and its command line. */
import type { BoardSize } from "./boards";

export type BenchConfig = {
  quick: boolean;
  sizes: BoardSize[];
  /** Timed runs per size; each figure is their median. */
  runs: number;
  /** Whether missed timing targets fail the bench (the deterministic ones always do). */
  countTiming: boolean;
};

export const USAGE = `usage: pnpm bench:client [--quick] [--runs=N]
  Needs a build (pnpm build); builds nothing itself.
  full form (default): boards of 10, 500 and 2,000 notes, 5 timed runs each (medians); exits
             non-zero when any target is missed
  --quick    boards of 10 and 2,000 notes, 1 timed run each (CI): exits non-zero only when the
             harness breaks or a deterministic target is missed (note components re-rendered by
             a remote change, bytes on the wire); timing targets are printed with PASS/FAIL but
             not counted, as a loaded CI machine cannot judge them
  --runs=N   timed runs per size (default 5, or 1 with --quick)`;

export function parseArgs(argv: readonly string[]): BenchConfig {
  let quick = false;
  let runs: number | undefined;
  for (const arg of argv) {
    if (arg === "--") continue;
    if (arg === "--quick") quick = true;
    else if (arg.startsWith("--runs=")) {
      runs = Number(arg.slice("--runs=".length));
      if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`bad --runs: ${arg}`);
    } else if (arg === "--help" || arg === "-h") throw new UsageError("");
    else throw new UsageError(`unknown argument: ${arg}`);
  }
  return {
    quick,
    sizes: quick ? [10, 2_000] : [10, 500, 2_000],
    runs: runs ?? (quick ? 1 : 5),
    countTiming: !quick,
  };
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}
