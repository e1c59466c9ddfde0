import { describe, expect, it } from "vitest";
import { selectNotesByAuthor, selectPriorVotes } from "./selectors";
import { storeFor, testBoard, testCluster, testNote } from "./testBoards";
import { collectPriorVotes } from "./totals";

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
    const a = { ...testNote("a", "p1"), priorVotes: 3 };
    const first = storeFor(testBoard([a, testNote("b", "p1")]));
    const edited = storeFor(testBoard([a, { ...testNote("b", "p1"), text: "new" }]), first);
    expect(selectPriorVotes(edited)).toBe(selectPriorVotes(first));
    const changed = storeFor(testBoard([{ ...a, priorVotes: 4 }]), edited);
    expect(selectPriorVotes(changed)).toEqual({ a: 4 });
  });
});

describe("notes per author", () => {
  it("counts shared notes per author and keeps the object while the counts stay", () => {
    const first = storeFor(testBoard([{ ...testNote("a", "p1"), author: "ann" }]));
    expect(selectNotesByAuthor(first)).toEqual({ ann: 1 });
    const edited = storeFor(
      testBoard([{ ...testNote("a", "p1"), author: "ann", text: "x" }]),
      first,
    );
    expect(selectNotesByAuthor(edited)).toBe(selectNotesByAuthor(first));
  });
});
