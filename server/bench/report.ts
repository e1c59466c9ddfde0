/** Human-readable tables on stdout. */
import type { ColdJoinRun } from "./cold-join";
import type { BenchConfig } from "./config";
import type { FanoutRun } from "./fanout";
import type { IdleMemoryRun } from "./idle-memory";
import { meetingSchedule } from "./meeting";
import { TARGET_LABEL, type TargetKind } from "./servers";
import type {
  ColdJoinSummary,
  FanoutResult,
  FanoutRuns,
  FanoutSummary,
  IdleMemorySummary,
  Outcome,
  PerTarget,
  TargetCheck,
} from "./summary";

const num = (n: number | undefined, digits: number): string =>
  n === undefined || !Number.isFinite(n) ? "—" : n.toFixed(digits);

interface Row {
  label: string;
  ours: number | undefined;
  ref: number | undefined;
  digits: number;
  /** Print Roundtable/reference; off for counts where a ratio means nothing. */
  ratio: boolean;
}

const row = (
  label: string,
  pick: PerTarget<number | undefined>,
  digits: number,
  ratio = true,
): Row => ({ label, ours: pick.ours, ref: pick.ref, digits, ratio });

function printTable(title: string, notes: readonly string[], rows: readonly Row[]): void {
  const header = ["metric", TARGET_LABEL.ours, TARGET_LABEL.ref, "ratio"];
  const body = rows.map((r) => {
    const ratio =
      r.ratio && r.ours !== undefined && r.ref !== undefined && r.ref !== 0
        ? num(r.ours / r.ref, 2)
        : "";
    return [r.label, num(r.ours, r.digits), num(r.ref, r.digits), ratio];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...body.map((cells) => cells[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("   ");
  console.log(`\n${title}`);
  for (const note of notes) console.log(`  ${note}`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("   "));
  for (const cells of body) console.log(line(cells));
}

function printErrors(runs: PerTarget<Outcome<unknown>[]>): void {
  for (const kind of ["ours", "ref"] as const) {
    runs[kind].forEach((o, i) => {
      if (!o.ok) console.log(`  ! ${TARGET_LABEL[kind]} run ${i + 1} failed: ${o.error}`);
    });
  }
}

type FanoutSummaries = Partial<PerTarget<FanoutSummary>>;
type NumericKey = {
  [K in keyof FanoutSummary]: FanoutSummary[K] extends number ? K : never;
}[keyof FanoutSummary];

/** A row of one fan-out summary field for both targets. */
const fanoutRow = (
  s: FanoutSummaries,
  label: string,
  key: NumericKey,
  digits: number,
  ratio = true,
): Row => row(label, { ours: s.ours?.[key], ref: s.ref?.[key] }, digits, ratio);

const latencyRows = (s: FanoutSummaries): Row[] => [
  fanoutRow(s, "latency p50 (ms)", "p50", 2),
  fanoutRow(s, "latency p95 (ms)", "p95", 2),
  fanoutRow(s, "latency p99 (ms)", "p99", 2),
  fanoutRow(s, "latency samples per run", "samples", 0, false),
];

const deliveryRows = (s: FanoutSummaries): Row[] => [
  fanoutRow(s, "lost updates (sum of runs)", "lostWrites", 0, false),
  fanoutRow(s, "note-count mismatches (sum)", "noteCountMismatch", 0, false),
  fanoutRow(s, "all clients complete (ms)", "convergeMs", 0),
];

const costRows = (s: FanoutSummaries): Row[] => [
  fanoutRow(s, "server CPU, writes (s)", "serverCpuWriteSeconds", 2),
  fanoutRow(s, "server CPU, writes (% core)", "serverCpuWritePercent", 1),
  fanoutRow(s, "server CPU, joins (s)", "serverCpuJoinSeconds", 2),
  fanoutRow(s, "server RSS max (MiB)", "serverRssMaxMiB", 1),
  fanoutRow(s, "connection drops (sum)", "drops", 0, false),
  fanoutRow(s, "load-gen CPU, busiest (% core)", "loadGenCpuPercentMax", 0, false),
  fanoutRow(s, "late write timer, max (ms)", "writeLateMsMax", 1, false),
  fanoutRow(s, "CPU outside the bench, max (% core)", "elsewhereCpuPercentMax", 0, false),
];

const SERVER_WARMUP_NOTE =
  "each fresh server first carries an unrecorded warm-up load on another board, the same for both servers";
const SERVER_CPU_NOTE =
  "server CPU: user+sys from /proc/<pid>/stat, first write until every client held every write";

export function printFanout(
  result: FanoutResult,
  config: BenchConfig["fanout"],
  runs: number,
): void {
  const { size } = result;
  const s = result.summary;
  const writes = size.writers * Math.round(config.writesPerSecond * config.durationSeconds);
  printTable(
    `Fan-out: ${size.clients} clients / ${size.writers} writers on one board (median of ${runs} run(s))`,
    [
      `each writer: ${config.writesPerSecond} writes/s for ${config.durationSeconds} s, phased evenly; every ${config.createEvery}th write creates a note, the others append a word to it (${writes} writes per run)`,
      "latency: send time (shared clock) to the moment each other client’s doc sees the write",
      SERVER_WARMUP_NOTE,
      SERVER_CPU_NOTE,
    ],
    [...latencyRows(s), ...deliveryRows(s), ...costRows(s)],
  );
  printErrors(result.runs);
}

export function printMeeting(
  result: FanoutRuns,
  config: BenchConfig["meeting"],
  runs: number,
): void {
  const s = result.summary;
  const { writesPerWriter, intervalMs } = meetingSchedule(config);
  const clients = config.rooms * config.clientsPerRoom;
  const writes = clients * writesPerWriter;
  const seconds = (ms: number): string => num(ms / 1000, 0);
  printTable(
    `Meeting: ${config.rooms} group boards × ${config.clientsPerRoom} clients on one server (${clients} connections), everyone writing (median of ${runs} run(s))`,
    [
      `each client: ${writesPerWriter} writes in ${seconds(writesPerWriter * intervalMs)} s, each at a random moment of its own ${seconds(intervalMs)} s slot (gaps 0–${seconds(2 * intervalMs)} s); every ${config.createEvery}th creates a note, the others append a word to it (${writes} writes per run, ~${num((clients * 1000) / intervalMs, 0)}/s on the server)`,
      `every client connected and synced before the first write; latency: send time to the moment each of the other ${config.clientsPerRoom - 1} clients of its board sees the write, over all boards`,
      "writes from other rooms: another board's writes found in a client's doc; closes: connections the server closed",
      SERVER_WARMUP_NOTE,
      SERVER_CPU_NOTE,
    ],
    [
      fanoutRow(s, `connect all ${clients} clients (ms)`, "connectMs", 0),
      ...latencyRows(s),
      fanoutRow(s, "slowest board's p99 (ms)", "roomP99MaxMs", 2),
      ...deliveryRows(s),
      fanoutRow(s, "writes from other rooms (sum)", "crossRoomWrites", 0, false),
      fanoutRow(s, "connections closed (sum)", "closes", 0, false),
      ...costRows(s),
    ],
  );
  printErrors(result.runs);
}

export function printColdJoin(
  summary: Partial<PerTarget<ColdJoinSummary>>,
  runs: PerTarget<Outcome<ColdJoinRun>[]>,
  config: BenchConfig["coldJoin"],
): void {
  printTable(
    `Cold join of a ${config.notes.toLocaleString("en-US")}-note board (median over all joins)`,
    [
      `seeded by ${config.seeders} clients at ${config.seedRatePerClient} notes/s each, one note per update`,
      `${TARGET_LABEL.ours}: all clients left, waited ${config.unloadWaitMs} ms so the board unloads; each join loads it from storage`,
      `${TARGET_LABEL.ref}: one idle seeding client stays connected, so each join is served from the room in memory`,
      "time: new WebsocketProvider → synced with every note present",
    ],
    [
      row(
        "cold join, median (ms)",
        { ours: summary.ours?.medianMs, ref: summary.ref?.medianMs },
        1,
      ),
      row("cold join, min (ms)", { ours: summary.ours?.minMs, ref: summary.ref?.minMs }, 1),
      row("cold join, max (ms)", { ours: summary.ours?.maxMs, ref: summary.ref?.maxMs }, 1),
      row("joins measured", { ours: summary.ours?.joins, ref: summary.ref?.joins }, 0, false),
      row("seeding, median (ms)", { ours: summary.ours?.seedMs, ref: summary.ref?.seedMs }, 0),
    ],
  );
  printErrors(runs);
}

export function printIdleMemory(
  summary: Partial<PerTarget<IdleMemorySummary>>,
  runs: PerTarget<Outcome<IdleMemoryRun>[]>,
  config: BenchConfig["idleMemory"],
): void {
  const s = summary;
  const forced = (["ours", "ref"] as const).every((k) => s[k] === undefined || s[k]?.forcedGc);
  printTable(
    `Memory per idle board: ${config.boards} boards, one idle client each, ${config.notesPerBoard} notes per board (medians)`,
    [
      forced
        ? "each reading follows a forced full GC through the V8 inspector (servers run with --inspect here)"
        : "WARNING: the inspector was unreachable in some run; readings include uncollected garbage",
      `RSS = median of ${config.samples} samples; baseline after a ${config.warmupBoards}-board warm-up, boards created before the baseline`,
      `after close: read from 1 s after every client left until within max(25% of the growth, 4 MiB) of baseline, at most ${config.closeWaitMs} ms`,
      "reopened: the same boards opened again after the close (freed memory is reused; leaked memory adds up)",
    ],
    [
      row("baseline RSS (MiB)", { ours: s.ours?.baselineMiB, ref: s.ref?.baselineMiB }, 1),
      row("RSS with boards open (MiB)", { ours: s.ours?.loadedMiB, ref: s.ref?.loadedMiB }, 1),
      row(
        "memory per board just written (KiB)",
        { ours: s.ours?.perBoardActiveKiB, ref: s.ref?.perBoardActiveKiB },
        1,
      ),
      row(
        `RSS after ${config.idleMs / 1000} s idle (MiB)`,
        { ours: s.ours?.idleMiB, ref: s.ref?.idleMiB },
        1,
      ),
      row("memory per idle board (KiB)", { ours: s.ours?.perBoardKiB, ref: s.ref?.perBoardKiB }, 1),
      row("RSS after close (MiB)", { ours: s.ours?.afterCloseMiB, ref: s.ref?.afterCloseMiB }, 1),
      row(
        "retained after close (MiB)",
        { ours: s.ours?.retainedMiB, ref: s.ref?.retainedMiB },
        1,
        false,
      ),
      row(
        "after-close read at (ms)",
        { ours: s.ours?.afterCloseWaitMs, ref: s.ref?.afterCloseWaitMs },
        0,
        false,
      ),
      row(
        "RSS, same boards reopened (MiB)",
        { ours: s.ours?.reopenedMiB, ref: s.ref?.reopenedMiB },
        1,
      ),
      row(
        "reopened − first open (MiB)",
        { ours: s.ours?.reopenGrowthMiB, ref: s.ref?.reopenGrowthMiB },
        1,
        false,
      ),
      row(
        "RSS open, before forced GC (MiB)",
        { ours: s.ours?.loadedRawMiB, ref: s.ref?.loadedRawMiB },
        1,
      ),
      row(
        "RSS after close, before GC (MiB)",
        { ours: s.ours?.afterCloseRawMiB, ref: s.ref?.afterCloseRawMiB },
        1,
      ),
    ],
  );
  printErrors(runs);
}

export function printTargets(checks: readonly TargetCheck[]): void {
  console.log("\nTargets");
  for (const c of checks) console.log(`${c.verdict.padEnd(4)}  ${c.name} — ${c.detail}`);
}

/** One progress line per finished run. */
export function printRunLine(label: string, kind: TargetKind, run: number, text: string): void {
  console.log(`  ${label.padEnd(16)} run ${run}  ${TARGET_LABEL[kind].padEnd(10)}  ${text}`);
}

export const describeFanoutRun = (r: FanoutRun): string =>
  `p50 ${num(r.latencyMs.p50, 2)}  p95 ${num(r.latencyMs.p95, 2)}  p99 ${num(r.latencyMs.p99, 2)} ms` +
  `  lost ${r.lostWrites}  cpu ${num(r.serverCpuWriteSeconds, 2)} s (${num(r.serverCpuWritePercent, 0)}%)` +
  `  rss ${num(r.serverRssMaxMiB, 0)} MiB  load-gen ${r.loadGenCpuPercent.map((p) => num(p, 0)).join("/")}%`;

export const describeMeetingRun = (r: FanoutRun): string =>
  `connect ${num(r.connectMs, 0)} ms  ${describeFanoutRun(r)}  late ${num(r.writeLateMsMax, 0)} ms` +
  `  outside ${num(r.elsewhereCpuPercent, 0)}%  other-room ${r.crossRoomWrites}` +
  `  closes ${Object.values(r.closeCodes).reduce((a, b) => a + b, 0)}`;

export const describeColdJoinRun = (r: ColdJoinRun): string =>
  `joins ${r.joinsMs.map((ms) => num(ms, 0)).join(", ")} ms  (seeded in ${num(r.seedMs, 0)} ms)`;

export const describeIdleMemoryRun = (r: IdleMemoryRun): string =>
  `baseline ${num(r.baselineMiB, 1)}  open ${num(r.loadedMiB, 1)}  idle ${num(r.idleMiB, 1)}  after close ${num(r.afterCloseMiB, 1)} MiB` +
  `  reopened ${num(r.reopenedMiB, 1)} MiB  → ${num(r.perBoardKiB, 1)} KiB/board` +
  `${r.forcedGc ? "" : " (no forced GC)"}`;
