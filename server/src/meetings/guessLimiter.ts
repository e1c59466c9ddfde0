/**
 * Counts wrong join codes per address in fixed windows. Six characters are quick to type but
 * could be guessed by a script trying codes in a loop; a person mistyping a code does it a few
 * times, a script thousands, so after `max` wrong codes in a window an address waits.
 */
export class GuessLimiter {
  private readonly windows = new Map<string, { startedAt: number; wrong: number }>();

  constructor(
    private readonly max = 20,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds `address` must wait before trying another code; 0 when it may try now. */
  waitFor(address: string): number {
    const window = this.windows.get(address);
    if (!window || window.wrong < this.max) return 0;
    return Math.max(0, window.startedAt + this.windowMs - this.now());
  }

  wrongGuess(address: string): void {
    const now = this.now();
    const window = this.windows.get(address);
    if (window && now - window.startedAt < this.windowMs) {
      window.wrong++;
      return;
    }
    this.prune(now);
    this.windows.set(address, { startedAt: now, wrong: 1 });
  }

  private prune(now: number): void {
    for (const [address, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(address);
    }
  }
}
