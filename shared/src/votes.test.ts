import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { castVote, checkVotes, readVotes, retractVote, votesLeft } from "./votes";

const lanes: Record<string, string> = { a: "p1", b: "p1", c: "p2" };
const laneOf = (id: string) => lanes[id];

describe("votes", () => {
  it("casts and takes back votes, removing an item at zero", () => {
    const doc = new Y.Doc();
    castVote(doc, "a");
    castVote(doc, "a");
    castVote(doc, "c");
    retractVote(doc, "c");
    expect([...readVotes(doc)]).toEqual([["a", 2]]);
    expect(() => retractVote(doc, "c")).toThrow(/no vote/);
  });

  it("checks the budget for the whole board", () => {
    const settings = { budget: 3, perLane: false };
    expect(
      checkVotes(
        new Map([
          ["a", 2],
          ["c", 1],
        ]),
        settings,
        laneOf,
      ),
    ).toEqual({ ok: true });
    const over = checkVotes(
      new Map([
        ["a", 2],
        ["c", 2],
      ]),
      settings,
      laneOf,
    );
    expect(over).toEqual({ ok: false, reason: "vote budget exceeded: 4 of 3" });
  });

  it("checks the budget per priority when asked", () => {
    const settings = { budget: 2, perLane: true };
    expect(
      checkVotes(
        new Map([
          ["a", 1],
          ["b", 1],
          ["c", 2],
        ]),
        settings,
        laneOf,
      ).ok,
    ).toBe(true);
    expect(
      checkVotes(
        new Map([
          ["a", 2],
          ["b", 1],
        ]),
        settings,
        laneOf,
      ).ok,
    ).toBe(false);
  });

  it("refuses counts that are not whole non-negative numbers", () => {
    const settings = { budget: 5, perLane: false };
    for (const bad of [-1, 1.5, "2", null, Number.NaN]) {
      expect(checkVotes(new Map([["a", bad]]), settings, laneOf).ok).toBe(false);
    }
  });

  it("tells how many votes are left", () => {
    const votes = new Map([
      ["a", 2],
      ["c", 1],
    ]);
    expect(votesLeft(votes, { budget: 5, perLane: false }, laneOf, "p1")).toBe(2);
    expect(votesLeft(votes, { budget: 3, perLane: true }, laneOf, "p1")).toBe(1);
    expect(votesLeft(votes, { budget: 3, perLane: true }, laneOf, "p4")).toBe(3);
  });
});
