import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { createCluster } from "../clusterOps";
import { addNote } from "../noteOps";
import { snapshotBoard } from "../snapshot";
import { readSteps } from "../steps/step";
import { addStep } from "../steps/stepOps";
import { newBoard } from "../testBoards";
import { boardProgress, type ProgressBoard } from "./progress";

const today = "2026-03-10";

function progressBoard(
  id: string,
  doc: Y.Doc,
  continues: string | null,
  totals: Record<string, number> | null,
): ProgressBoard {
  return {
    id,
    createdAt: Date.UTC(2026, 0, 1),
    continues,
    snapshot: snapshotBoard(doc, { boardId: id, totals, names: {}, now: 0 }),
    steps: readSteps(doc),
  };
}

/** Three meetings in a row: the second continues the first, the third the second. */
function series(thirdTotals: Record<string, number> | null = { k1: 5, t2: 2, fresh: 1 }) {
  const first = newBoard("January");
  addNote(first, { id: "k1", lane: "p3", text: "Arts coaches" });
  addStep(first, { id: "s1", text: "Call the district", done: true, createdAt: 1 });
  addStep(first, { id: "s2", text: "Book the hall", due: "2026-02-01", createdAt: 2 });

  const second = newBoard("February");
  addNote(second, { id: "k1", lane: "p2", text: "Arts coaches" });
  addNote(second, { id: "t1", lane: "p1", text: "Teacher pay" });
  addNote(second, { id: "old", lane: "p4", text: "Old idea" });
  addNote(second, { id: "u", lane: "p3", text: "Left for later" });
  addStep(second, { id: "s2", text: "Book the hall", due: "2026-02-01", carriedFrom: "jan" });

  const third = newBoard("March");
  addNote(third, { id: "k1", lane: "p1", text: "Arts coaches" });
  addNote(third, { id: "t2", lane: "p3", text: " teacher PAY " });
  addNote(third, { id: "fresh", lane: "p2", text: "Fresh idea" });
  addNote(third, { id: "u", lane: "inbox", text: "Left for later" });
  createCluster(third, { id: "fac", lane: "p1", title: "Facilities", noteIds: [] });
  const carried = { carriedFrom: "feb", owner: "Ada" };
  addStep(third, { id: "d", text: "Done since", done: true, createdAt: 1, ...carried });
  addStep(third, { id: "o", text: "Still open", due: "2026-04-01", createdAt: 2, ...carried });
  addStep(third, { id: "l", text: "Late", due: "2026-03-09", createdAt: 3, ...carried });
  addStep(third, { id: "n", text: "Set today", due: "2026-01-01", createdAt: 4 });
  addStep(third, { id: "x", text: "From further back", createdAt: 5, carriedFrom: "jan" });

  return [
    progressBoard("jan", first, null, { k1: 1 }),
    progressBoard("feb", second, "jan", { k1: 3, t1: 2 }),
    progressBoard("mar", third, "feb", thirdTotals),
  ];
}

describe("boardProgress", () => {
  it("tells what became of the carried steps and the priorities since the board it continues", () => {
    const progress = boardProgress(series(), today);
    expect(progress.continues).toEqual({ id: "feb", title: "February" });
    expect(progress.steps).toEqual({
      done: [{ id: "d", text: "Done since", owner: "Ada", due: "" }],
      open: [{ id: "o", text: "Still open", owner: "Ada", due: "2026-04-01" }],
      overdue: [{ id: "l", text: "Late", owner: "Ada", due: "2026-03-09" }],
    });
    expect(progress.priorities).toEqual({
      new: [
        { text: "Facilities", lane: "Priority one" },
        { text: "Fresh idea", lane: "Priority two" },
      ],
      moved: [
        { text: "Left for later", from: "Priority three", to: "Unsorted", direction: "down" },
        { text: "Arts coaches", from: "Priority two", to: "Priority one", direction: "up" },
        { text: " teacher PAY ", from: "Priority one", to: "Priority three", direction: "down" },
      ],
      dropped: [{ text: "Old idea", lane: "Priority four" }],
    });
    expect(progress.votes).toEqual([{ text: "Arts coaches", before: 3, after: 5 }]);
  });

  it("gives the series oldest first, the board itself last, with its steps and lanes", () => {
    const progress = boardProgress(series(), today);
    expect(progress.series.map((row) => row.id)).toEqual(["jan", "feb", "mar"]);
    expect(progress.series[0]).toEqual({
      id: "jan",
      title: "January",
      createdAt: "2026-01-01T00:00:00.000Z",
      notes: 1,
      steps: { done: 1, open: 0, overdue: 1 },
      lanes: [
        { title: "Priority one", notes: 0 },
        { title: "Priority two", notes: 0 },
        { title: "Priority three", notes: 1 },
        { title: "Priority four", notes: 0 },
        { title: "Unsorted", notes: 0 },
      ],
    });
    expect(progress.series[2]).toMatchObject({
      title: "March",
      notes: 4,
      steps: { done: 1, open: 2, overdue: 2 },
    });
    expect(progress.series[2]?.lanes.map((lane) => lane.notes)).toEqual([1, 1, 1, 0, 1]);
  });

  it("leaves votes out until both boards have revealed them", () => {
    expect(boardProgress(series(null), today).votes).toEqual([]);
  });

  it("answers with nothing to compare for a board that continues nothing", () => {
    const doc = newBoard("Alone");
    addStep(doc, { text: "A first step", due: "2020-01-01" });
    const progress = boardProgress([progressBoard("one", doc, null, null)], today);
    expect(progress).toEqual({
      continues: null,
      steps: { done: [], open: [], overdue: [] },
      priorities: { new: [], moved: [], dropped: [] },
      votes: [],
      series: [expect.objectContaining({ id: "one", steps: { done: 0, open: 0, overdue: 1 } })],
    });
  });

  it("still lists the carried steps when the board it continues is gone", () => {
    const third = series().at(-1) as ProgressBoard;
    const progress = boardProgress([third], today);
    expect(progress.continues).toBeNull();
    expect(progress.steps.overdue.map((step) => step.id)).toEqual(["l"]);
    expect(progress.priorities).toEqual({ new: [], moved: [], dropped: [] });
    expect(progress.series.length).toBe(1);
  });
});
