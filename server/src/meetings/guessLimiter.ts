import { isIP } from "node:net";

export type GuessLimits = {
  /** Different wrong codes one address may try in a window. */
  perAddress: number;
  /** Times one code may be tried wrongly in a window, from anywhere. */
  perCode: number;
  windowMs: number;
};

/**
 * A whole class behind one school NAT shares one address, so a person's typos must not lock
 * the room out, while a script trying codes in a loop must stay slow. Hence two counts, in
 * fixed windows:
 * - per address, the *different* wrong codes tried: 100 a minute, far more than a roomful of
 *   people mistyping (30 people with 3 typos each), far fewer than a guessing script needs
 *   (one board among the 887 million codes); retrying the same typo costs nothing more;
 * - per code, wrong tries of that one code from anywhere: 5 a minute, so a person (or a
 *   page) retrying a typo is told to wait for that code only, and spends no one else's
 *   budget.
 * IPv6 addresses count by their /64, which one household or school usually has whole.
 */
export const defaultGuessLimits: GuessLimits = { perAddress: 100, perCode: 5, windowMs: 60_000 };

type Window = { startedAt: number; codes: Set<string>; wrong: number };

export class GuessLimiter {
  private readonly byAddress = new Map<string, Window>();
  private readonly byCode = new Map<string, Window>();
  private readonly limits: GuessLimits;

  constructor(
    limits: Partial<GuessLimits> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { ...defaultGuessLimits, ...limits };
  }

  /** Milliseconds `address` must wait before trying `code`; 0 when it may try now. */
  waitFor(address: string, code: string): number {
    const now = this.now();
    const byAddress = this.live(this.byAddress, addressKey(address), now);
    const byCode = this.live(this.byCode, code, now);
    const waits = [0];
    if (byAddress && byAddress.codes.size >= this.limits.perAddress) {
      waits.push(byAddress.startedAt + this.limits.windowMs - now);
    }
    if (byCode && byCode.wrong >= this.limits.perCode) {
      waits.push(byCode.startedAt + this.limits.windowMs - now);
    }
    return Math.max(...waits);
  }

  wrongGuess(address: string, code: string): void {
    const now = this.now();
    const byAddress = this.window(this.byAddress, addressKey(address), now);
    byAddress.codes.add(code);
    this.window(this.byCode, code, now).wrong++;
  }

  private live(windows: Map<string, Window>, key: string, now: number): Window | undefined {
    const window = windows.get(key);
    return window && now - window.startedAt < this.limits.windowMs ? window : undefined;
  }

  private window(windows: Map<string, Window>, key: string, now: number): Window {
    const live = this.live(windows, key, now);
    if (live) return live;
    this.prune(windows, now);
    const window = { startedAt: now, codes: new Set<string>(), wrong: 0 };
    windows.set(key, window);
    return window;
  }

  private prune(windows: Map<string, Window>, now: number): void {
    for (const [key, window] of windows) {
      if (now - window.startedAt >= this.limits.windowMs) windows.delete(key);
    }
  }
}

/** An IPv4 address as it is (also when mapped into IPv6); an IPv6 address by its /64. */
function addressKey(address: string): string {
  const mapped = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (isIP(mapped) !== 6) return mapped;
  const [head = "", tail = ""] = mapped.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = mapped.includes("::")
    ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
