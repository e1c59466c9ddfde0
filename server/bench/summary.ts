/** Per-target summaries (medians over runs) and the pass/fail targets. */
import type { ColdJoinRun } from "./cold-join";
import type { FanoutCase } from "./config";
import type { FanoutRun } from "./fanout";
import type { IdleMemoryRun } from "./idle-memory";
import type { TargetKind } from "./servers";
import { median, sum } from "./stats";

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };
export type PerTarget<T> = Record<TargetKind, T>;
export type RunsByTarget<T> = PerTarget<Outcome<T>[]>;

export const values = <T>(outcomes: readonly Outcome<T>[]): T[] =>
  outcomes.flatMap((o) => (o.ok ? [o.value] : []));
export const errors = <T>(outcomes: readonly Outcome<T>[]): string[] =>
  outcomes.flatMap((o) => (o.ok ? [] : [o.error]));

export interface FanoutSummary {
  runs: number;
  failedRuns: number;
  rooms: number;
  connectMs: number;
  p50: number;
  p95: number;
  p99: number;
  samples: number;
  roomP99MaxMs: number;
  /** Summed over all runs: must be 0. */
  lostWrites: number;
  noteCountMismatch: number;
  /** Summed over all runs: must be 0. */
  crossRoomWrites: number;
  allConverged: boolean;
  convergeMs: number;
  serverCpuWriteSeconds: number;
  serverCpuWritePercent: number;
  serverCpuJoinSeconds: number;
  serverRssMaxMiB: number;
  drops: number;
  /** Connections the server closed (any code), summed over all runs, and by close code. */
  closes: number;
  closeCodes: Record<string, number>;
  loadGenCpuPercentMax: number;
  writeLateMsMax: number;
  elsewhereCpuPercentMax: number;
}

export function summarizeFanout(outcomes: readonly Outcome<FanoutRun>[]): FanoutSummary {
  const runs = values(outcomes);
  const m = (pick: (r: FanoutRun) => number): number => median(runs.map(pick));
  const closeCodes: Record<string, number> = {};
  for (const r of runs) {
    for (const [code, n] of Object.entries(r.closeCodes)) {
      closeCodes[code] = (closeCodes[code] ?? 0) + n;
    }
  }
  return {
    runs: runs.length,
    failedRuns: outcomes.length - runs.length,
    rooms: m((r) => r.rooms),
    connectMs: m((r) => r.connectMs),
    p50: m((r) => r.latencyMs.p50),
    p95: m((r) => r.latencyMs.p95),
    p99: m((r) => r.latencyMs.p99),
    samples: m((r) => r.latencyMs.count),
    roomP99MaxMs: m((r) => r.roomP99MaxMs),
    lostWrites: sum(runs.map((r) => r.lostWrites)),
    noteCountMismatch: sum(runs.map((r) => r.noteCountMismatch)),
    crossRoomWrites: sum(runs.map((r) => r.crossRoomWrites)),
    allConverged: runs.every((r) => r.converged),
    convergeMs: m((r) => r.convergeMs),
    serverCpuWriteSeconds: m((r) => r.serverCpuWriteSeconds),
    serverCpuWritePercent: m((r) => r.serverCpuWritePercent),
    serverCpuJoinSeconds: m((r) => r.serverCpuJoinSeconds),
    serverRssMaxMiB: m((r) => r.serverRssMaxMiB),
    drops: sum(runs.map((r) => r.drops)),
    closes: sum(Object.values(closeCodes)),
    closeCodes,
    loadGenCpuPercentMax: Math.max(...runs.flatMap((r) => r.loadGenCpuPercent), 0),
    writeLateMsMax: Math.max(...runs.map((r) => r.writeLateMsMax), 0),
    elsewhereCpuPercentMax: Math.max(...runs.map((r) => r.elsewhereCpuPercent), 0),
  };
}

export interface ColdJoinSummary {
  runs: number;
  failedRuns: number;
  joins: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  seedMs: number;
}

export function summarizeColdJoin(outcomes: readonly Outcome<ColdJoinRun>[]): ColdJoinSummary {
  const runs = values(outcomes);
  const joins = runs.flatMap((r) => r.joinsMs);
  return {
    runs: runs.length,
    failedRuns: outcomes.length - runs.length,
    joins: joins.length,
    medianMs: median(joins),
    minMs: joins.length > 0 ? Math.min(...joins) : Number.NaN,
    maxMs: joins.length > 0 ? Math.max(...joins) : Number.NaN,
    seedMs: median(runs.map((r) => r.seedMs)),
  };
}

/** Medians of the runs' readings, plus how many runs there were. */
export type IdleMemorySummary = Omit<IdleMemoryRun, "boards" | "forcedGc"> & {
  runs: number;
  failedRuns: number;
  /** Every reading followed a forced collection. */
  forcedGc: boolean;
  /** Allowed retained RSS for "back near baseline". */
  retainedLimitMiB: number;
};

/** "Back near baseline": at most a quarter of the growth, or 4 MiB, whichever is larger, remains. */
export const retainedLimitMiB = (growthMiB: number): number => Math.max(0.25 * growthMiB, 4);

export function summarizeIdleMemory(
  outcomes: readonly Outcome<IdleMemoryRun>[],
): IdleMemorySummary {
  const runs = values(outcomes);
  const m = (pick: (r: IdleMemoryRun) => number): number => median(runs.map(pick));
  const loaded = m((r) => r.loadedMiB);
  const baseline = m((r) => r.baselineMiB);
  return {
    runs: runs.length,
    failedRuns: outcomes.length - runs.length,
    baselineMiB: baseline,
    loadedMiB: loaded,
    afterCloseMiB: m((r) => r.afterCloseMiB),
    perBoardKiB: m((r) => r.perBoardKiB),
    perBoardActiveKiB: m((r) => r.perBoardActiveKiB),
    idleMiB: m((r) => r.idleMiB),
    retainedMiB: m((r) => r.retainedMiB),
    afterCloseWaitMs: m((r) => r.afterCloseWaitMs),
    reopenedMiB: m((r) => r.reopenedMiB),
    reopenGrowthMiB: m((r) => r.reopenGrowthMiB),
    loadedRawMiB: m((r) => r.loadedRawMiB),
    afterCloseRawMiB: m((r) => r.afterCloseRawMiB),
    forcedGc: runs.length > 0 && runs.every((r) => r.forcedGc),
    retainedLimitMiB: retainedLimitMiB(loaded - baseline),
  };
}

export interface FanoutRuns {
  runs: RunsByTarget<FanoutRun>;
  summary: Partial<PerTarget<FanoutSummary>>;
}

export interface FanoutResult extends FanoutRuns {
  size: FanoutCase;
}

export interface BenchResults {
  fanout: FanoutResult[];
  /** Absent when the scenario was not selected. */
  meeting?: FanoutRuns;
  /** Absent when the scenario was not selected. */
  coldJoin?: { runs: RunsByTarget<ColdJoinRun>; summary: Partial<PerTarget<ColdJoinSummary>> };
  idleMemory?: {
    runs: RunsByTarget<IdleMemoryRun>;
    summary: Partial<PerTarget<IdleMemorySummary>>;
  };
}

export type Verdict = "PASS" | "FAIL" | "SKIP" | "INFO";

export interface TargetCheck {
  name: string;
  verdict: Verdict;
  detail: string;
}

const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");

/** Compares Roundtable's value with `factor` × the reference's (lower is better). */
function ratioCheck(
  name: string,
  ours: number | undefined,
  ref: number | undefined,
  factor: number,
  unit: string,
  comparative: boolean,
): TargetCheck {
  if (!comparative) return { name, verdict: "SKIP", detail: "needs both servers" };
  if (ours === undefined || ref === undefined || !Number.isFinite(ours) || !Number.isFinite(ref)) {
    return { name, verdict: "FAIL", detail: "no data (a run failed)" };
  }
  const limit = ref * factor;
  const ratio = ref > 0 ? ours / ref : Number.POSITIVE_INFINITY;
  return {
    name,
    verdict: ours <= limit ? "PASS" : "FAIL",
    detail: `${fmt(ours)} vs ${fmt(ref)} ${unit} (ratio ${fmt(ratio)}, limit ${fmt(limit)})`,
  };
}

/**
 * Lost updates (Roundtable), then latency percentiles and server CPU against the reference. The
 * reference relays updates without storing them, so Roundtable may take 20% longer and half as
 * much CPU again for its storage and checks.
 */
function fanoutChecks(
  label: string,
  result: FanoutRuns,
  latency: readonly ("p95" | "p99")[],
  comparative: boolean,
): TargetCheck[] {
  const ours = result.summary.ours;
  const ref = result.summary.ref;
  const failed = errors(result.runs.ours);
  const multiRoom = (ours?.rooms ?? 1) > 1;
  const lossFree =
    ours !== undefined &&
    ours.runs > 0 &&
    failed.length === 0 &&
    ours.lostWrites === 0 &&
    ours.noteCountMismatch === 0 &&
    ours.crossRoomWrites === 0;
  const found =
    `lost ${ours?.lostWrites ?? "n/a"}, note-count mismatches ${ours?.noteCountMismatch ?? "n/a"}` +
    (multiRoom ? `, writes from other rooms ${ours?.crossRoomWrites ?? "n/a"}` : "");
  return [
    {
      name: `${label}: lost updates = 0 (Roundtable)`,
      verdict: lossFree ? "PASS" : "FAIL",
      detail: failed.length > 0 ? `${failed.length} run(s) failed: ${failed[0]}` : found,
    },
    ...latency.map((p) =>
      ratioCheck(`${label}: ${p} ≤ 1.2 × reference`, ours?.[p], ref?.[p], 1.2, "ms", comparative),
    ),
    ratioCheck(
      `${label}: server CPU ≤ 1.5 × reference`,
      ours?.serverCpuWriteSeconds,
      ref?.serverCpuWriteSeconds,
      1.5,
      "CPU s",
      comparative,
    ),
  ];
}

const describeCloses = (s: FanoutSummary): string => {
  const codes = Object.entries(s.closeCodes).map(([code, n]) => `${code}×${n}`);
  return `closes ${s.closes}${codes.length > 0 ? ` (${codes.join(", ")})` : ""}, drops ${s.drops}`;
};

/**
 * Above these the measurement itself is in doubt: a client worker this busy or this late may
 * delay what it measures, and other programs this busy compete with the server for the cores.
 */
const LOAD_GEN_BUSY_PERCENT = 70;
const LOAD_GEN_LATE_MS = 100;
const ELSEWHERE_BUSY_PERCENT = 25;

function meetingChecks(meeting: FanoutRuns, comparative: boolean): TargetCheck[] {
  const label = "meeting";
  const ours = meeting.summary.ours;
  const closesName = `${label}: no unexpected closes (Roundtable)`;
  const [lost, ...ratios] = fanoutChecks(label, meeting, ["p99"], comparative);
  const checks: TargetCheck[] = [
    ...(lost ? [lost] : []),
    ours && ours.runs > 0
      ? {
          name: closesName,
          verdict: ours.closes === 0 && ours.drops === 0 ? "PASS" : "FAIL",
          detail: describeCloses(ours),
        }
      : { name: closesName, verdict: "FAIL", detail: "no data (a run failed)" },
    ...ratios,
  ];
  const measured = [meeting.summary.ours, meeting.summary.ref].flatMap((s) =>
    s && s.runs > 0 ? [s] : [],
  );
  if (measured.length > 0) {
    const busiest = Math.max(...measured.map((s) => s.loadGenCpuPercentMax));
    const late = Math.max(...measured.map((s) => s.writeLateMsMax));
    const elsewhere = Math.max(...measured.map((s) => s.elsewhereCpuPercentMax));
    const clean =
      busiest <= LOAD_GEN_BUSY_PERCENT &&
      late <= LOAD_GEN_LATE_MS &&
      elsewhere <= ELSEWHERE_BUSY_PERCENT;
    checks.push({
      name: `${label}: the measurement is not its own bottleneck (not a target)`,
      verdict: "INFO",
      detail:
        `busiest client worker ${fmt(busiest, 0)}% of a core, latest write ${fmt(late, 1)} ms late, ` +
        `other load on the machine ${fmt(elsewhere, 0)}% of a core ` +
        (clean
          ? `(limits ${LOAD_GEN_BUSY_PERCENT}%, ${LOAD_GEN_LATE_MS} ms, ${ELSEWHERE_BUSY_PERCENT}%: latencies are the servers')`
          : `(over ${LOAD_GEN_BUSY_PERCENT}%, ${LOAD_GEN_LATE_MS} ms or ${ELSEWHERE_BUSY_PERCENT}%: latencies include delay outside the servers; rerun on a quiet machine)`),
    });
  }
  return checks;
}

export function checkTargets(results: BenchResults, targets: readonly TargetKind[]): TargetCheck[] {
  const comparative = targets.includes("ours") && targets.includes("ref");
  const checks: TargetCheck[] = [];
  if (!targets.includes("ours")) {
    return [
      { name: "all targets", verdict: "SKIP", detail: "Roundtable not benched (--only=ref)" },
    ];
  }
  for (const f of results.fanout) {
    checks.push(
      ...fanoutChecks(
        `fan-out ${f.size.clients}/${f.size.writers}`,
        f,
        ["p95", "p99"],
        comparative,
      ),
    );
  }
  if (results.meeting) checks.push(...meetingChecks(results.meeting, comparative));
  if (results.coldJoin) {
    const cj = results.coldJoin.summary;
    checks.push(
      ratioCheck(
        "cold join of 2,000 notes ≤ reference",
        cj.ours?.medianMs,
        cj.ref?.medianMs,
        1,
        "ms",
        comparative,
      ),
    );
  }
  if (results.idleMemory) {
    const idle = results.idleMemory.summary;
    checks.push(
      ratioCheck(
        "memory per idle board ≤ reference",
        idle.ours?.perBoardKiB,
        idle.ref?.perBoardKiB,
        1,
        "KiB",
        comparative,
      ),
    );
    const name = "RSS after close back near baseline (Roundtable)";
    const o = idle.ours;
    checks.push(
      o && o.runs > 0
        ? {
            name,
            verdict: o.retainedMiB <= o.retainedLimitMiB ? "PASS" : "FAIL",
            detail:
              `after close ${fmt(o.afterCloseMiB, 1)} MiB vs baseline ${fmt(o.baselineMiB, 1)} MiB: ` +
              `retained ${fmt(o.retainedMiB, 1)} MiB, limit ${fmt(o.retainedLimitMiB, 1)} MiB ` +
              "(max of 25% of growth, 4 MiB)",
          }
        : { name, verdict: "FAIL", detail: "no data (a run failed)" },
    );
    if (o && o.runs > 0) {
      const growth = o.loadedMiB - o.baselineMiB;
      checks.push({
        name: "leak check: reopening the same boards (Roundtable, not a target)",
        verdict: "INFO",
        detail:
          `RSS ${fmt(o.reopenedMiB, 1)} MiB vs ${fmt(o.loadedMiB, 1)} MiB at first open ` +
          `(${fmt(o.reopenGrowthMiB, 1)} MiB; a leak would add about the first growth, ${fmt(growth, 1)} MiB)`,
      });
    }
  }
  return checks;
}
