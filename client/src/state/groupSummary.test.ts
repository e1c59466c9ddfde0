import { describe, expect, it } from "vitest";
import { glimpseOf } from "./groupSummary";
import { testBoard, testNote } from "./testBoards";

const note = (id: string, lane: string, author: string | null, createdAt: number, text = id) => ({
  ...testNote(id, lane, null, text),
  author,
  createdAt,
});

describe("glimpseOf", () => {
  it("counts notes per lane under the board's own lane titles, and per author", () => {
    const board = testBoard([
      note("a", "p1", "ada", 1),
      note("b", "p1", "ben", 2),
      note("c", "inbox", "ada", 3),
      note("d", "p2", null, 4),
    ]);
    board.lanes[1] = { ...board.lanes[1], id: "p1", title: "Must do", subtitle: "", order: "a1" };
    const glimpse = glimpseOf(board);
    expect(glimpse.lanes).toEqual([
      { id: "inbox", title: "Unsorted", count: 1 },
      { id: "p1", title: "Must do", count: 2 },
      { id: "p2", title: "Priority two", count: 1 },
    ]);
    expect(glimpse.total).toBe(4);
    expect(glimpse.byAuthor).toEqual({ ada: 2, ben: 1, "": 1 });
  });

  it("keeps the three newest notes that have text, newest first", () => {
    const glimpse = glimpseOf(
      testBoard([
        note("old", "p1", null, 1, "Oldest"),
        note("two", "p1", null, 2, "Second"),
        note("three", "p2", null, 3, "Third"),
        note("blank", "p2", null, 5, "  "),
        note("four", "inbox", null, 4, "Newest"),
      ]),
    );
    expect(glimpse.latest.map((item) => item.text)).toEqual(["Newest", "Third", "Second"]);
  });
});
