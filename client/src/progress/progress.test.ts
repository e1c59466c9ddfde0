import { describe, expect, it } from "vitest";
import { formatDue } from "./dates";
import { progressUrl, readProgress } from "./progress";

describe("the progress answer", () => {
  it("is asked for with the reader's time zone", () => {
    expect(progressUrl("board-june-001", "America/Los_Angeles")).toBe(
      "/api/boards/board-june-001/progress?tz=America%2FLos_Angeles",
    );
    expect(progressUrl("board-june-001", null)).toBe("/api/boards/board-june-001/progress");
  });

  it("reads every list of a full answer", () => {
    const step = { id: "s1", text: "Draft the survey", owner: "Ana", due: "2026-06-01" };
    const progress = readProgress({
      continues: { id: "board-may-0001", title: "LRT May" },
      steps: { done: [step], open: [], overdue: [{ ...step, id: "s2" }] },
      priorities: {
        new: [{ text: "Arts night", lane: "Priority two" }],
        moved: [
          { text: "Teacher time", from: "Priority three", to: "Priority one", direction: "up" },
        ],
        dropped: [{ text: "Old idea", lane: "Unsorted" }],
      },
      votes: [{ text: "Teacher time", before: 2, after: 5 }],
      series: [],
    });
    expect(progress.continues).toEqual({ id: "board-may-0001", title: "LRT May" });
    expect(progress.steps.done).toEqual([step]);
    expect(progress.steps.overdue.map((s) => s.id)).toEqual(["s2"]);
    expect(progress.priorities.moved[0]?.direction).toBe("up");
    expect(progress.votes).toEqual([{ text: "Teacher time", before: 2, after: 5 }]);
  });

  it("reads a board that continues nothing, and missing or odd fields, as empty", () => {
    const progress = readProgress({
      continues: null,
      steps: { done: "none" },
      votes: [{ text: 3, before: "2" }],
      series: [{ id: "b", steps: null, lanes: [{ title: "P1", notes: -1 }], notes: Number.NaN }],
    });
    expect(progress.continues).toBeNull();
    expect(progress.steps).toEqual({ done: [], open: [], overdue: [] });
    expect(progress.priorities).toEqual({ new: [], moved: [], dropped: [] });
    expect(progress.votes).toEqual([{ text: "", before: null, after: null }]);
    expect(progress.series).toEqual([
      {
        id: "b",
        title: "",
        createdAt: null,
        notes: 0,
        steps: { done: 0, open: 0, overdue: 0 },
        lanes: [{ title: "P1", notes: 0 }],
      },
    ]);
    expect(readProgress(null).series).toEqual([]);
  });

  it("shows a step's date as a calendar day, and nothing for none", () => {
    expect(formatDue("2026-06-01")).toBe("Jun 1, 2026");
    expect(formatDue("")).toBe("");
    expect(formatDue("2026-02-30")).toBe("");
  });
});
