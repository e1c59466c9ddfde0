import { describe, expect, it } from "vitest";
import { clockInWords, formatClock } from "./clock";

describe("formatClock", () => {
  it("shows minutes and seconds, padded", () => {
    expect(formatClock(5 * 60_000)).toBe("05:00");
    expect(formatClock(61_000)).toBe("01:01");
    expect(formatClock(9_000)).toBe("00:09");
  });

  it("rounds up, so the last second still shows 00:01", () => {
    expect(formatClock(200)).toBe("00:01");
    expect(formatClock(59_001)).toBe("01:00");
  });

  it("stops at 00:00 and keeps long countdowns in minutes", () => {
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(-3000)).toBe("00:00");
    expect(formatClock(180 * 60_000)).toBe("180:00");
  });
});

describe("clockInWords", () => {
  it("says what is left in words", () => {
    expect(clockInWords(90_000)).toBe("1 minute 30 seconds left");
    expect(clockInWords(120_000)).toBe("2 minutes left");
    expect(clockInWords(1_000)).toBe("1 second left");
    expect(clockInWords(0)).toBe("Time's up");
  });
});
