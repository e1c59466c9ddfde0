import type { Limits } from "../limits";

/** Milliseconds of work per second, recently: an exponentially decaying sum over about 1 s. */
export class RecentCpu {
  private sum = 0;
  private updatedAt = 0;

  add(ms: number, now: number): void {
    this.sum = this.at(now) + ms;
    this.updatedAt = now;
  }

  /** Roughly the milliseconds used in the last second. */
  at(now: number): number {
    return this.sum * Math.exp(-(now - this.updatedAt) / 1000);
  }
}

/** A budget of CPU milliseconds refilled over time; its debt is capped at one burst. */
class CpuBudget {
  private tokens: number;
  private updatedAt: number | null = null;

  constructor(
    private readonly burstMs: number,
    private readonly perSecond: number,
  ) {
    this.tokens = burstMs;
  }

  /** Spends `ms` and answers how long the spender should wait for the budget to be whole. */
  spend(ms: number, now: number): number {
    const refilled = ((now - (this.updatedAt ?? now)) / 1000) * this.perSecond;
    this.tokens = Math.max(-this.burstMs, Math.min(this.burstMs, this.tokens + refilled) - ms);
    this.updatedAt = now;
    return this.tokens >= 0 ? 0 : Math.ceil((-this.tokens / this.perSecond) * 1000);
  }
}

type Account = { budget: CpuBudget; recent: RecentCpu; connections: number };

/** One connection as the accounting sees it: its board, its address and its own recent use. */
export type CpuSource = {
  readonly board: string;
  readonly address: string;
  readonly recent: RecentCpu;
};

/**
 * Fair sharing of the one event loop. Every message's handling time (on the thread) is charged to
 * its connection, its board and its address. While the process is busy (its CPU use over the
 * last 200 ms at least `busyLoopShare` of a core), a board or address past its
 * budget sheds load from its heaviest sources first: a connection using at least its even share
 * of the account's recent CPU is told to pause until the budget refills; lighter connections on
 * the same board (someone typing beside a flood) keep being read.
 */
export class CpuShares {
  private readonly boards = new Map<string, Account>();
  private readonly addresses = new Map<string, Account>();
  private busy: boolean;
  private lastCpu = process.cpuUsage();
  private lastSampleAt = Date.now();
  private readonly sampler: NodeJS.Timeout;

  /** `loopBusy` replaces the event loop's measured utilisation (for tests). */
  constructor(
    private readonly limits: Limits,
    private readonly loopBusy?: () => boolean,
  ) {
    this.busy = loopBusy?.() ?? limits.busyLoopShare <= 0;
    this.sampler = setInterval(() => this.sampleLoop(), 200);
    this.sampler.unref();
  }

  join(source: CpuSource): void {
    this.account(this.boards, source.board, "board").connections++;
    this.account(this.addresses, source.address, "address").connections++;
  }

  leave(source: CpuSource): void {
    for (const [accounts, key] of [
      [this.boards, source.board],
      [this.addresses, source.address],
    ] as const) {
      const account = accounts.get(key);
      if (account && --account.connections <= 0) accounts.delete(key);
    }
  }

  /** Charges `ms` of handling; answers how long to stop reading the source (0: keep reading). */
  charge(source: CpuSource, ms: number, now = Date.now()): number {
    source.recent.add(ms, now);
    if (this.loopBusy) this.busy = this.loopBusy();
    let wait = 0;
    const accounts = [this.boards.get(source.board), this.addresses.get(source.address)];
    for (const account of accounts) {
      if (!account) continue;
      account.recent.add(ms, now);
      const owed = account.budget.spend(ms, now);
      if (owed > 0 && this.busy && this.isHeavy(source, account, now)) wait = Math.max(wait, owed);
    }
    return wait;
  }

  stop(): void {
    clearInterval(this.sampler);
  }

  private isHeavy(source: CpuSource, account: Account, now: number): boolean {
    return source.recent.at(now) * account.connections >= account.recent.at(now);
  }

  private sampleLoop(): void {
    if (this.loopBusy) {
      this.busy = this.loopBusy();
      return;
    }
    // The process's own CPU, not the loop's utilisation: when other programs load the machine,
    // the loop takes longer over the same work, which is no reason to hold anyone back.
    const now = Date.now();
    const used = process.cpuUsage(this.lastCpu);
    this.lastCpu = process.cpuUsage();
    const elapsedMs = Math.max(1, now - this.lastSampleAt);
    this.lastSampleAt = now;
    this.busy = (used.user + used.system) / 1000 / elapsedMs >= this.limits.busyLoopShare;
  }

  private account(accounts: Map<string, Account>, key: string, kind: "board" | "address") {
    let account = accounts.get(key);
    if (!account) {
      const [burst, perSecond] =
        kind === "board"
          ? [this.limits.boardCpuBurstMs, this.limits.boardCpuMsPerSecond]
          : [this.limits.addressCpuBurstMs, this.limits.addressCpuMsPerSecond];
      account = {
        budget: new CpuBudget(burst, perSecond),
        recent: new RecentCpu(),
        connections: 0,
      };
      accounts.set(key, account);
    }
    return account;
  }
}
