import { describe, expect, it } from "vitest";
import { offsetFromSamples } from "./serverClock";

describe("offsetFromSamples", () => {
  it("assumes the server read its clock halfway through the trip", () => {
    expect(offsetFromSamples([{ sentAt: 1000, receivedAt: 1100, serverNow: 6050 }])).toBe(5000);
  });

  it("trusts the round trip with the lowest latency", () => {
    const samples = [
      { sentAt: 0, receivedAt: 900, serverNow: 10_800 }, // slow: says 10 350
      { sentAt: 1000, receivedAt: 1020, serverNow: -1990 }, // fast: says -3000
      { sentAt: 2000, receivedAt: 2400, serverNow: 0 },
    ];
    expect(offsetFromSamples(samples)).toBe(-3000);
  });

  it("has no answer without a usable sample", () => {
    expect(offsetFromSamples([])).toBeNull();
    expect(offsetFromSamples([{ sentAt: 10, receivedAt: 5, serverNow: 0 }])).toBeNull();
    expect(offsetFromSamples([{ sentAt: 0, receivedAt: 5, serverNow: Number.NaN }])).toBeNull();
  });
});
