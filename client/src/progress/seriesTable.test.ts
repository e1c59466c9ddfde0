import { describe, expect, it } from "vitest";
import { readProgress, type SeriesRow } from "./progress";
import { laneColumns, markdownTable, seriesTable } from "./seriesTable";

const lanes = (counts: Record<string, number>) =>
  Object.entries(counts).map(([title, notes]) => ({ title, notes }));

const MAY: SeriesRow = {
  id: "board-may-0001",
  title: "LRT May",
  createdAt: Date.UTC(2026, 4, 14, 17),
  notes: 23,
  steps: { done: 0, open: 4, overdue: 0 },
  lanes: lanes({ "Priority one": 6, "Priority two": 5, Unsorted: 12 }),
};
const JUNE: SeriesRow = {
  id: "board-june-001",
  title: "LRT June",
  createdAt: Date.UTC(2026, 5, 11, 17),
  notes: 18,
  steps: { done: 2, open: 3, overdue: 1 },
  lanes: lanes({ "Priority one": 7, "Priority two ": 4, "Priority three": 2, Unsorted: 5 }),
};

const day = (ms: number | null) => (ms === null ? "?" : new Date(ms).toISOString().slice(0, 10));

describe("the series table", () => {
  it("has a row per meeting, oldest first, with its notes, steps and notes per priority", () => {
    const table = seriesTable([MAY, JUNE], day);
    expect(table.headers).toEqual([
      "Date",
      "Board",
      "Notes",
      "Steps done",
      "Steps open",
      "Steps overdue",
      "Priority one",
      "Priority two",
      "Priority three",
      "Unsorted",
    ]);
    expect(table.rows).toEqual([
      ["2026-05-14", "LRT May", "23", "0", "4", "0", "6", "5", "—", "12"],
      ["2026-06-11", "LRT June", "18", "2", "3", "1", "7", "4", "2", "5"],
    ]);
    expect(table.numeric).toEqual([false, false, true, true, true, true, true, true, true, true]);
  });

  it("matches priorities by title ignoring case and spaces, adding up a board's same-named lanes", () => {
    const older = { ...MAY, lanes: lanes({ "PRIORITY ONE": 1, Parking: 2, Unsorted: 3 }) };
    // The newest board's order and spelling; a priority only an older board had follows the
    // one it followed there.
    expect(laneColumns([older, JUNE])).toEqual([
      "Priority one",
      "Parking",
      "Priority two",
      "Priority three",
      "Unsorted",
    ]);
    const twice = { ...MAY, lanes: lanes({ Ideas: 2, " IDEAS": 3 }) };
    expect(seriesTable([twice], day).rows[0]?.slice(6)).toEqual(["5"]);
  });

  it("names an untitled board and leaves an unknown date empty", () => {
    const row = seriesTable([{ ...MAY, title: "  ", createdAt: null }]).rows[0];
    expect(row?.slice(0, 2)).toEqual(["", "Untitled board"]);
  });

  it("copies as a Markdown table, numbers right-aligned, bars and line breaks made safe", () => {
    const odd = { ...JUNE, title: "LRT | June\nfollow-up", lanes: lanes({ "A|B": 1 }) };
    expect(markdownTable(seriesTable([MAY, odd], day))).toBe(
      [
        "| Date | Board | Notes | Steps done | Steps open | Steps overdue | Priority one | Priority two | Unsorted | A\\|B |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        "| 2026-05-14 | LRT May | 23 | 0 | 4 | 0 | 6 | 5 | 12 | — |",
        "| 2026-06-11 | LRT \\| June follow-up | 18 | 2 | 3 | 1 | — | — | — | 1 |",
      ].join("\n"),
    );
  });

  it("turns the server's answer into the table's rows", () => {
    const answer = {
      continues: { id: "board-may-0001", title: "LRT May" },
      steps: { done: [], open: [], overdue: [] },
      priorities: { new: [], moved: [], dropped: [] },
      votes: [],
      series: [
        {
          id: "board-may-0001",
          title: "LRT May",
          createdAt: "2026-05-14T17:00:00.000Z",
          notes: 23,
          steps: { done: 0, open: 4, overdue: 0 },
          lanes: [{ title: "Priority one", notes: 6 }],
        },
        {
          id: "board-june-001",
          title: "LRT June",
          createdAt: Date.UTC(2026, 5, 11, 17),
          notes: 18,
          steps: { done: 2, open: 3, overdue: 1 },
          lanes: [{ title: "Priority one", notes: 7 }],
        },
      ],
    };
    expect(seriesTable(readProgress(answer).series, day).rows).toEqual([
      ["2026-05-14", "LRT May", "23", "0", "4", "0", "6"],
      ["2026-06-11", "LRT June", "18", "2", "3", "1", "7"],
    ]);
  });
});
