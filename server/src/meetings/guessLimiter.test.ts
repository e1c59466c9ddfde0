import { describe, expect, it } from "vitest";
import { GuessLimiter } from "./guessLimiter";

describe("the join code guess limiter", () => {
  it("makes an address wait out the window after many different wrong codes", () => {
    let now = 1_000;
    const limiter = new GuessLimiter({ perAddress: 3, perCode: 5 }, () => now);
    for (const code of ["AAAAAA", "BBBBBB", "CCCCCC"]) {
      expect(limiter.waitFor("10.0.0.7", code)).toBe(0);
      limiter.wrongGuess("10.0.0.7", code);
    }
    expect(limiter.waitFor("10.0.0.7", "DDDDDD")).toBe(60_000);
    // Someone at another address is not held up.
    expect(limiter.waitFor("10.0.0.8", "DDDDDD")).toBe(0);
    now += 45_000;
    expect(limiter.waitFor("10.0.0.7", "DDDDDD")).toBe(15_000);
    now += 15_000;
    expect(limiter.waitFor("10.0.0.7", "DDDDDD")).toBe(0);
    limiter.wrongGuess("10.0.0.7", "DDDDDD");
    expect(limiter.waitFor("10.0.0.7", "EEEEEE")).toBe(0);
  });

  it("does not lock a school NAT out for one person retrying a typo", () => {
    const now = 1_000;
    const limiter = new GuessLimiter({}, () => now);
    // One person retries the same typo again and again: only that code waits.
    for (let i = 0; i < 5; i++) limiter.wrongGuess("203.0.113.9", "K7QM2Y");
    expect(limiter.waitFor("203.0.113.9", "K7QM2Y")).toBeGreaterThan(0);
    expect(limiter.waitFor("203.0.113.9", "K7QM2X")).toBe(0);
    // Thirty people behind the same address each mistype three times: nobody waits.
    for (let person = 0; person < 30; person++) {
      for (let typo = 0; typo < 3; typo++) limiter.wrongGuess("203.0.113.9", `P${person}T${typo}`);
    }
    expect(limiter.waitFor("203.0.113.9", "K7QM2X")).toBe(0);
  });

  it("stops a script from one address, IPv6 counted by its /64", () => {
    const limiter = new GuessLimiter({}, () => 1_000);
    for (let i = 0; i < 100; i++) limiter.wrongGuess(`2001:db8:1:2::${i.toString(16)}`, `G${i}`);
    expect(limiter.waitFor("2001:db8:1:2:ffff::1", "K7QM2X")).toBeGreaterThan(0);
    expect(limiter.waitFor("2001:db8:1:3::1", "K7QM2X")).toBe(0);
    expect(limiter.waitFor("198.51.100.1", "K7QM2X")).toBe(0);
  });
});
