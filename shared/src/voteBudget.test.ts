import { describe, expect, it } from "vitest";
import { countedVotes, sumCountedVotes, votesOverBudget, voteUsage } from "./voteBudget";

const lanes: Record<string, string> = { a: "p1", b: "p1", c: "p2", d: "p2" };
const laneOf = (id: string) => lanes[id];
const board = { budget: 3, perLane: false };
const perLane = { budget: 2, perLane: true };

describe("votes over the budget", () => {
  it("counts votes within the budget as they are", () => {
    const votes = new Map([
      ["c", 1],
      ["a", 2],
    ]);
    expect(Object.fromEntries(countedVotes(votes, board, laneOf))).toEqual({ a: 2, c: 1 });
  });

  it("drops the votes over the budget from the highest item ids first", () => {
    // Five votes, a budget of three: a's two count, then one of b's; d's are dropped.
    const votes = new Map([
      ["d", 2],
      ["b", 2],
      ["a", 1],
    ]);
    expect(Object.fromEntries(countedVotes(votes, board, laneOf))).toEqual({ a: 1, b: 2 });
    expect(Object.fromEntries(countedVotes(votes, { budget: 2, perLane: false }, laneOf))).toEqual({
      a: 1,
      b: 1,
    });
  });

  it("gives the same result whatever order the votes are listed in", () => {
    const entries: [string, number][] = [
      ["c", 2],
      ["a", 2],
      ["B", 1],
      ["b", 3],
    ];
    const forward = countedVotes(new Map(entries), board, laneOf);
    const backward = countedVotes(new Map([...entries].reverse()), board, laneOf);
    expect(Object.fromEntries(forward)).toEqual(Object.fromEntries(backward));
    // By code units: "B" sorts before "a", so B's vote counts first.
    expect(Object.fromEntries(forward)).toEqual({ B: 1, a: 2 });
  });

  it("caps each priority on its own when budgets are per priority", () => {
    const votes = new Map([
      ["a", 2],
      ["b", 1],
      ["c", 1],
      ["d", 3],
    ]);
    expect(Object.fromEntries(countedVotes(votes, perLane, laneOf))).toEqual({ a: 2, c: 1, d: 1 });
  });

  it("keeps votes on an item the board no longer holds in the budget, as the write check does", () => {
    const votes = new Map([
      ["gone", 2],
      ["a", 2],
    ]);
    expect(Object.fromEntries(countedVotes(votes, board, laneOf))).toEqual({ a: 2, gone: 1 });
  });

  it("adds up everyone's counted votes", () => {
    const totals = sumCountedVotes(
      [
        new Map([
          ["a", 3],
          ["c", 2],
        ]),
        new Map([["c", 1]]),
      ],
      board,
      laneOf,
    );
    expect(totals).toEqual({ a: 3, c: 1 });
  });

  it("tells how many votes a person used, has left and holds over the budget", () => {
    const votes = new Map([
      ["a", 1],
      ["c", 1],
    ]);
    const allLanes = ["inbox", "p1", "p2", "p3", "p4"];
    expect(voteUsage(votes, board, laneOf, allLanes)).toEqual({ used: 2, left: 1, over: 0 });
    expect(voteUsage(new Map(), board, laneOf, allLanes)).toEqual({ used: 0, left: 3, over: 0 });
    const five = new Map([
      ["a", 3],
      ["c", 2],
    ]);
    expect(voteUsage(five, board, laneOf, allLanes)).toEqual({ used: 5, left: 0, over: 2 });
    // Per priority: p1 holds 3 of 2 (1 over), p2 2 of 2, three lanes untouched with 2 each.
    expect(voteUsage(five, perLane, laneOf, allLanes)).toEqual({ used: 5, left: 6, over: 1 });
  });

  it("names the priorities a person is over the budget in", () => {
    const votes = new Map([
      ["a", 3],
      ["c", 2],
    ]);
    expect(Object.fromEntries(votesOverBudget(votes, perLane, laneOf))).toEqual({
      p1: { used: 3, over: 1 },
    });
    expect(Object.fromEntries(votesOverBudget(votes, board, laneOf))).toEqual({
      "": { used: 5, over: 2 },
    });
    expect(votesOverBudget(votes, { budget: 5, perLane: false }, laneOf).size).toBe(0);
  });
});
