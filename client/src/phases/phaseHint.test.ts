import { describe, expect, it } from "vitest";
import { type HintInput, phaseHint } from "./phaseHint";

const votes = { budget: 5, perLane: false, left: 3, leftByLane: [] };
const hint = (input: Partial<HintInput>) =>
  phaseHint({ phase: "write", canVote: true, revealed: false, votes, ...input });

describe("phaseHint", () => {
  it("says what writing and clustering are for", () => {
    expect(hint({ phase: "write" })).toBe("Write your ideas, one per note.");
    expect(hint({ phase: "cluster" })).toBe("Drag related notes onto each other to group them.");
  });

  it("counts the votes left of the whole budget", () => {
    expect(hint({ phase: "vote" })).toBe("You have 3 of 5 votes left.");
    expect(hint({ phase: "vote", votes: { ...votes, budget: 1, left: 0 } })).toBe(
      "You have 0 of 1 vote left.",
    );
  });

  it("counts the votes left in each priority when budgets are per priority", () => {
    const perLane = {
      ...votes,
      perLane: true,
      leftByLane: [
        { title: "Priority one", left: 2 },
        { title: "Priority two", left: 5 },
      ],
    };
    expect(hint({ phase: "vote", votes: perLane })).toBe(
      "You have 5 votes in each priority. Left: Priority one 2, Priority two 5.",
    );
  });

  it("tells someone who cannot vote that the others are voting", () => {
    expect(hint({ phase: "vote", canVote: false })).toBe("Everyone is placing their votes.");
  });

  it("explains the review order, or that votes are still hidden", () => {
    expect(hint({ phase: "review", revealed: true })).toBe("Lanes are sorted by votes.");
    expect(hint({ phase: "review" })).toBe("Votes are hidden until the facilitator reveals them.");
  });
});
