import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./backoff";

describe("reconnectDelay", () => {
  it("grows exponentially and stays within half to all of the ceiling", () => {
    expect(reconnectDelay(0, () => 0)).toBe(250);
    expect(reconnectDelay(0, () => 1)).toBe(500);
    expect(reconnectDelay(3, () => 0.5)).toBe(3000);
  });

  it("is capped, so a long outage is retried every few seconds", () => {
    expect(reconnectDelay(30, () => 1)).toBe(10_000);
    expect(reconnectDelay(30, () => 0)).toBe(5000);
  });

  it("spreads clients that fail together", () => {
    const delays = new Set(Array.from({ length: 20 }, () => reconnectDelay(2)));
    expect(delays.size).toBeGreaterThan(5);
  });
});
