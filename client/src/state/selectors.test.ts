import { describe, expect, it } from "vitest";
import { collectPriorVotes, selectPriorVotes } from "./selectors";
import { testCluster, testNote } from "./testBoards";

describe("votes an import carried over", () => {
  it("collects them from notes and clusters, leaving out those without", () => {
    const notes = {
      a: { ...testNote("a", "p1"), priorVotes: 3 },
      b: testNote("b", "p1"),
    };
    const clusters = { c: { ...testCluster("c", "p1"), priorVotes: 2 } };
    expect(collectPriorVotes(notes, clusters)).toEqual({ a: 3, c: 2 });
  });

  it("hands back the same object while nothing changed, so nothing re-renders", () => {
    const notes = { a: { ...testNote("a", "p1"), priorVotes: 3 } };
    const clusters = {};
    const first = selectPriorVotes({ notes, clusters });
    expect(selectPriorVotes({ notes: { ...notes }, clusters })).toBe(first);
    expect(selectPriorVotes({ notes: { a: { ...notes.a, priorVotes: 4 } }, clusters })).toEqual({
      a: 4,
    });
  });
});
