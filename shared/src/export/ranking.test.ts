import { describe, expect, it } from "vitest";
import { rankItems, scoreOf } from "./ranking";

describe("rankItems", () => {
  it("puts the most votes first", () => {
    const ranked = rankItems(["a", "b", "c"], { a: 1, b: 4, c: 2 });
    expect(ranked.map((item) => item.id)).toEqual(["b", "c", "a"]);
    expect(ranked.map((item) => item.rank)).toEqual([1, 2, 3]);
  });

  it("keeps board order among equal totals and lets them share a rank", () => {
    const ranked = rankItems(["a", "b", "c", "d"], { b: 3, c: 3, d: 1 });
    expect(ranked).toEqual([
      { id: "b", total: 3, rank: 1 },
      { id: "c", total: 3, rank: 1 },
      { id: "d", total: 1, rank: 3 },
      { id: "a", total: 0, rank: 4 },
    ]);
  });

  it("counts items without votes as zero, all sharing the last rank in board order", () => {
    const ranked = rankItems(["x", "y", "z"], { y: 2 });
    expect(ranked.map((item) => [item.id, item.rank])).toEqual([
      ["y", 1],
      ["x", 2],
      ["z", 2],
    ]);
  });

  it("returns nothing for an empty lane", () => {
    expect(rankItems([], { a: 1 })).toEqual([]);
  });
});

describe("scoreOf", () => {
  it("counts a cluster's own votes and its notes' together", () => {
    const totals = { cluster: 2, a: 1, b: 3 };
    expect(scoreOf(totals, "cluster", ["a", "b", "unvoted"])).toBe(6);
    expect(scoreOf(totals, "a")).toBe(1);
    expect(scoreOf(totals, "nothing")).toBe(0);
  });

  it("adds the votes an import carried over, as the exports do", () => {
    const totals = { cluster: 1, a: 1 };
    expect(scoreOf(totals, "cluster", ["a", "b"], { cluster: 2, b: 4 })).toBe(8);
    expect(scoreOf({}, "b", [], { b: 4 })).toBe(4);
  });
});
