import { describe, expect, it } from "vitest";
import { GuessLimiter } from "./guessLimiter";

describe("the join code guess limiter", () => {
  it("lets an address mistype a few codes, then makes it wait out the window", () => {
    let now = 1_000;
    const limiter = new GuessLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.waitFor("10.0.0.7")).toBe(0);
      limiter.wrongGuess("10.0.0.7");
    }
    expect(limiter.waitFor("10.0.0.7")).toBe(60_000);
    // Someone else in the room is not held up.
    expect(limiter.waitFor("10.0.0.8")).toBe(0);
    now += 45_000;
    expect(limiter.waitFor("10.0.0.7")).toBe(15_000);
    now += 15_000;
    expect(limiter.waitFor("10.0.0.7")).toBe(0);
    limiter.wrongGuess("10.0.0.7");
    expect(limiter.waitFor("10.0.0.7")).toBe(0);
  });
});
