import { describe, expect, it } from "vitest";
import { createCluster } from "./clusterOps";
import { compareSnapshots } from "./compare";
import { SAMPLE_TOTALS, sampleBoard } from "./export/sampleBoard";
import { addNote, deleteNote, moveNote } from "./noteOps";
import { snapshotBoard } from "./snapshot";

const snap = (
  doc: ReturnType<typeof sampleBoard>,
  totals: Readonly<Record<string, number>> | null,
) => snapshotBoard(doc, { boardId: "b", totals, names: {}, now: 0 });

describe("compareSnapshots", () => {
  it("finds nothing between two exports of an unchanged board", () => {
    const doc = sampleBoard();
    expect(compareSnapshots(snap(doc, SAMPLE_TOTALS), snap(doc, SAMPLE_TOTALS))).toEqual({
      added: [],
      removed: [],
      moved: [],
      votes: [],
    });
  });

  it("finds added, removed and moved notes and changed totals of notes and clusters", () => {
    const doc = sampleBoard();
    const before = snap(doc, SAMPLE_TOTALS);
    addNote(doc, { id: "fresh", lane: "p3", text: "A new idea" });
    deleteNote(doc, "plus");
    moveNote(doc, "dash", { lane: "p4" });
    createCluster(doc, { id: "pair", lane: "p2", title: "Pair", noteIds: ["at"] });
    const after = snap(doc, { ...SAMPLE_TOTALS, doors: 4, wins: 2, at: 1, pair: 1 });
    expect(compareSnapshots(before, after)).toEqual({
      added: [{ id: "fresh", text: "A new idea", lane: "Priority three" }],
      removed: [{ id: "plus", text: "+1 from me", lane: "Priority two" }],
      moved: [
        { id: "dash", text: "- starts with a dash", from: "Priority one", to: "Someday, maybe" },
      ],
      votes: [
        { id: "wins", text: "Quick wins", before: 5, after: 2 },
        { id: "doors", text: "Fix the doors", before: 3, after: 4 },
        { id: "at", text: "@channel look", before: 0, after: 1 },
      ],
    });
  });

  it("reports totals that were hidden before and shown after", () => {
    const doc = sampleBoard();
    const changes = compareSnapshots(snap(doc, null), snap(doc, SAMPLE_TOTALS));
    expect(changes.votes).toContainEqual({
      id: "hall",
      text: expect.any(String),
      before: null,
      after: 1,
    });
    expect(changes.votes.length).toBe(15);
  });
});
