import { describe, expect, it } from "vitest";
import { readBoard } from "./board";
import { renameLane } from "./laneOps";
import { countTransactions, expectRejected, newBoard } from "./testBoards";
import { MAX_SUBTITLE, MAX_TITLE } from "./text";

describe("renameLane", () => {
  it("changes title and subtitle but never the id", () => {
    const doc = newBoard();
    const count = countTransactions(doc, () =>
      renameLane(doc, "p1", { title: " Now ", subtitle: " this week " }),
    );
    expect(count).toBe(1);
    expect(readBoard(doc).lanes[1]).toEqual({
      id: "p1",
      title: "Now",
      subtitle: "this week",
      order: "a1",
    });
  });

  it("allows clearing the subtitle", () => {
    const doc = newBoard();
    renameLane(doc, "inbox", { subtitle: "" });
    expect(readBoard(doc).lanes[0]?.subtitle).toBe("");
  });

  it("rejects unknown lanes and bad titles without changing anything", () => {
    const doc = newBoard();
    expectRejected(doc, "unknown-lane", () => renameLane(doc, "p9", { title: "x" }));
    expectRejected(doc, "invalid-input", () => renameLane(doc, "p1", { title: "  " }));
    expectRejected(doc, "invalid-input", () => renameLane(doc, "p1", {}));
    expectRejected(doc, "title-too-long", () =>
      renameLane(doc, "p1", { title: "😀".repeat(MAX_TITLE + 1) }),
    );
    expectRejected(doc, "title-too-long", () =>
      renameLane(doc, "p1", { title: "ok", subtitle: "s".repeat(MAX_SUBTITLE + 1) }),
    );
  });
});
