import { describe, expect, it } from "vitest";
import { votedLine, votingProgress, votingStatus } from "./votingProgress";

describe("voting progress", () => {
  it("says how far each person is", () => {
    expect(votingStatus(undefined)).toBe("has not voted");
    expect(votingStatus({ used: 0, left: 5, over: 0 })).toBe("has not voted");
    expect(votingStatus({ used: 3, left: 2, over: 0 })).toBe("2 votes left");
    expect(votingStatus({ used: 4, left: 1, over: 0 })).toBe("1 vote left");
    expect(votingStatus({ used: 5, left: 0, over: 0 })).toBe("done");
    expect(votingStatus({ used: 5, left: 0, over: 2 })).toBe("2 votes too many");
  });

  it("counts who on the roster has voted, listing who still has something to do first", () => {
    const progress = votingProgress(
      { a: "Ana", b: "Ben", c: "Cy", d: "Dee", e: "Eve" },
      {
        a: { used: 3, left: 0, over: 0 },
        b: { used: 0, left: 3, over: 0 },
        c: { used: 5, left: 0, over: 2 },
        d: { used: 1, left: 2, over: 0 },
        // Not on the roster: not counted.
        x: { used: 2, left: 1, over: 0 },
      },
    );
    expect(progress.voted).toBe(3);
    expect(progress.everyone).toBe(5);
    expect(progress.people.map((p) => [p.name, p.status])).toEqual([
      ["Cy", "2 votes too many"],
      ["Ben", "has not voted"],
      ["Eve", "has not voted"],
      ["Dee", "2 votes left"],
      ["Ana", "done"],
    ]);
  });

  it("reads as a sentence", () => {
    expect(votedLine({ voted: 3, everyone: 5 })).toBe("3 of 5 have voted");
    expect(votedLine({ voted: 1, everyone: 2 })).toBe("1 of 2 have voted");
    expect(votedLine({ voted: 0, everyone: 0 })).toBe("0 of 0 have voted");
  });
});
