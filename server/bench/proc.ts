/** CPU time and resident memory of a process, read from /proc (Linux only). */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

function clockTicksPerSecond(): number {
  try {
    const out = execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim();
    const ticks = Number.parseInt(out, 10);
    return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

const TICKS = clockTicksPerSecond();

/** User + system CPU seconds consumed so far by `pid` (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may contain spaces; everything after the last ')' is fixed.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) {
    throw new Error(`cannot parse /proc/${pid}/stat`);
  }
  return (utime + stime) / TICKS;
}

/**
 * CPU seconds the whole machine has been busy, summed over its cores: the first line of
 * /proc/stat (user, nice, system, idle, iowait, irq, softirq, steal), less idle and iowait.
 */
export function machineBusySeconds(): number {
  const line = readFileSync("/proc/stat", "utf8").split("\n", 1)[0] ?? "";
  const [user, nice, system, , , irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const busy = [user, nice, system, irq, softirq, steal].reduce<number>((a, b) => a + (b ?? 0), 0);
  if (!Number.isFinite(busy)) throw new Error("cannot parse /proc/stat");
  return busy / TICKS;
}

const ownCpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

function statusField(pid: number, field: string): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
  if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number.parseInt(match[1], 10);
}

/** Current resident set size of `pid`, in KiB. */
export function rssKiB(pid: number): number {
  return statusField(pid, "VmRSS");
}

/** Samples RSS every `intervalMs` and keeps the maximum. */
export class RssSampler {
  private maxKiB = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs = 100,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  private sample(): void {
    try {
      this.maxKiB = Math.max(this.maxKiB, rssKiB(this.pid));
    } catch {
      // The process may have exited; the caller notices that on its own.
    }
  }

  /** Stops sampling and returns the maximum RSS seen, in KiB. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.maxKiB;
  }
}

/** CPU seconds of several processes, keyed by pid, for measuring a window. */
export class CpuWindow {
  private readonly start: Map<number, number>;
  private readonly startedAt: number;
  private readonly machineStart = machineBusySeconds();
  private readonly ownStart = ownCpuSeconds();

  constructor(private readonly pids: readonly number[]) {
    this.startedAt = performance.now();
    this.start = new Map(pids.map((pid) => [pid, cpuSeconds(pid)]));
  }

  /**
   * CPU seconds used by each pid since the window opened, the window's wall seconds, and the
   * CPU seconds the machine spent on anything but those pids and this process (other programs,
   * and kernel work not charged to a process).
   */
  read(): { wallSeconds: number; cpu: Map<number, number>; elsewhereSeconds: number } {
    const cpu = new Map<number, number>();
    for (const pid of this.pids) cpu.set(pid, cpuSeconds(pid) - (this.start.get(pid) ?? 0));
    const ours = [...cpu.values()].reduce((a, b) => a + b, ownCpuSeconds() - this.ownStart);
    return {
      wallSeconds: (performance.now() - this.startedAt) / 1000,
      cpu,
      // Clock ticks round each reading, so a quiet machine may come out a tick below zero.
      elsewhereSeconds: Math.max(0, machineBusySeconds() - this.machineStart - ours),
    };
  }
}
