import { describe, expect, it } from "vitest";
import { limits } from "../limits";
import { CpuShares, type CpuSource, RecentCpu } from "./cpuShares";

const source = (board: string, address = "10.0.0.1"): CpuSource => ({
  board,
  address,
  recent: new RecentCpu(),
});

describe("CpuShares", () => {
  const budget = { ...limits, boardCpuMsPerSecond: 100, boardCpuBurstMs: 100 };

  it("pauses the heaviest source of a board over budget while the loop is busy, not the light one", () => {
    const shares = new CpuShares(budget, () => true);
    const heavy = source("a");
    const light = source("a");
    shares.join(heavy);
    shares.join(light);
    const now = 1_000_000;
    expect(shares.charge(light, 1, now)).toBe(0);
    // 151 ms in all: 51 ms past the burst, which refills at 100 ms a second.
    expect(shares.charge(heavy, 150, now)).toBe(510);
    // The board is in debt, but the light source uses far less than its even share.
    expect(shares.charge(light, 1, now + 1)).toBe(0);
    expect(shares.charge(heavy, 1, now + 2)).toBeGreaterThan(0);
    shares.stop();
  });

  it("charges boards apart: another board's budget is whole", () => {
    const shares = new CpuShares(budget, () => true);
    const flood = source("a", "10.0.0.1");
    const other = source("b", "10.0.0.2");
    shares.join(flood);
    shares.join(other);
    expect(shares.charge(flood, 500, 0)).toBeGreaterThan(0);
    expect(shares.charge(other, 50, 0)).toBe(0);
    shares.stop();
  });

  it("counts an address across boards, with its own budget", () => {
    const shares = new CpuShares(
      { ...budget, boardCpuBurstMs: 10_000, addressCpuBurstMs: 100, addressCpuMsPerSecond: 100 },
      () => true,
    );
    const a = source("a", "10.0.0.9");
    const b = source("b", "10.0.0.9");
    shares.join(a);
    shares.join(b);
    expect(shares.charge(a, 80, 0)).toBe(0);
    expect(shares.charge(b, 80, 0)).toBeGreaterThan(0);
    shares.stop();
  });

  it("pauses nobody while the loop has time to spare", () => {
    const shares = new CpuShares(budget, () => false);
    const heavy = source("a");
    shares.join(heavy);
    expect(shares.charge(heavy, 1000, 0)).toBe(0);
    shares.stop();
  });

  it("forgets a board and an address once their last connection left", () => {
    const shares = new CpuShares(budget, () => true);
    const gone = source("a");
    shares.join(gone);
    expect(shares.charge(gone, 500, 0)).toBeGreaterThan(0);
    shares.leave(gone);
    const next = source("a");
    shares.join(next);
    expect(shares.charge(next, 50, 0)).toBe(0);
    shares.stop();
  });
});
