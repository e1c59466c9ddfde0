import { describe, expect, it } from "vitest";
import { createCluster } from "./clusterOps";
import { compareBoards, compareSnapshots } from "./compare";
import { SAMPLE_TOTALS, sampleBoard } from "./export/sampleBoard";
import { addNote, deleteNote, moveNote } from "./noteOps";
import { snapshotBoard } from "./snapshot";
import { newBoard } from "./testBoards";

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

describe("compareBoards", () => {
  const board = (notes: { id: string; lane: string; text: string }[]) => {
    const doc = newBoard();
    for (const note of notes) addNote(doc, note);
    return doc;
  };
  const plain = (doc: ReturnType<typeof newBoard>, id = "b") =>
    snapshotBoard(doc, { boardId: id, totals: null, names: {}, now: 0 });

  it("says which way a note moved: up toward Priority one, Unsorted below Priority four", () => {
    const before = board([
      { id: "a", lane: "p3", text: "Climbs" },
      { id: "b", lane: "p1", text: "Sinks" },
      { id: "c", lane: "p4", text: "Left unsorted" },
      { id: "d", lane: "inbox", text: "Sorted at last" },
    ]);
    const after = board([
      { id: "a", lane: "p1", text: "Climbs" },
      { id: "b", lane: "p2", text: "Sinks" },
      { id: "c", lane: "inbox", text: "Left unsorted" },
      { id: "d", lane: "p4", text: "Sorted at last" },
    ]);
    // In the later board's order: Unsorted first, then the priorities.
    expect(compareBoards(plain(before), plain(after)).moved).toEqual([
      { id: "c", text: "Left unsorted", from: "Priority four", to: "Unsorted", direction: "down" },
      { id: "a", text: "Climbs", from: "Priority three", to: "Priority one", direction: "up" },
      { id: "b", text: "Sinks", from: "Priority one", to: "Priority two", direction: "down" },
      { id: "d", text: "Sorted at last", from: "Unsorted", to: "Priority four", direction: "up" },
    ]);
  });

  it("matches a note written again by its text, trimmed and in any case, after ids", () => {
    const before = board([
      { id: "old1", lane: "p2", text: "Arts coaches" },
      { id: "kept", lane: "p1", text: "Same id, new words" },
      { id: "old2", lane: "p3", text: "Gone for good" },
    ]);
    const after = board([
      { id: "new1", lane: "p1", text: "  ARTS coaches " },
      { id: "kept", lane: "p1", text: "Arts coaches" },
      { id: "new2", lane: "p2", text: "Brand new" },
    ]);
    expect(compareBoards(plain(before), plain(after))).toEqual({
      added: [{ id: "new2", text: "Brand new", lane: "Priority two" }],
      removed: [{ id: "old2", text: "Gone for good", lane: "Priority three" }],
      moved: [
        {
          id: "new1",
          text: "  ARTS coaches ",
          from: "Priority two",
          to: "Priority one",
          direction: "up",
        },
      ],
      votes: [],
    });
  });

  it("pairs notes of the same text one to one and never matches empty notes", () => {
    const before = board([
      { id: "y1", lane: "p1", text: "Yes" },
      { id: "e1", lane: "p1", text: "  " },
    ]);
    const after = board([
      { id: "y2", lane: "p1", text: "yes" },
      { id: "y3", lane: "p2", text: "YES" },
      { id: "e2", lane: "p1", text: "" },
    ]);
    const changes = compareBoards(plain(before), plain(after));
    expect(changes.added.map((item) => item.id)).toEqual(["e2", "y3"]);
    expect(changes.removed.map((item) => item.id)).toEqual(["e1"]);
    expect(changes.moved).toEqual([]);
  });

  it("reports clusters by their title only when asked, matched by id or by title", () => {
    const before = board([{ id: "n", lane: "p2", text: "Doors" }]);
    createCluster(before, { id: "c1", lane: "p2", title: "Building", noteIds: ["n"] });
    createCluster(before, { id: "c2", lane: "p1", title: "Dropped idea", noteIds: [] });
    const after = board([{ id: "n", lane: "p1", text: "Doors" }]);
    createCluster(after, { id: "c9", lane: "p1", title: "building", noteIds: ["n"] });
    createCluster(after, { id: "c3", lane: "p3", title: "Fresh", noteIds: [] });
    const withClusters = compareBoards(plain(before), plain(after), { clusters: true });
    expect(withClusters.added).toEqual([{ id: "c3", text: "Fresh", lane: "Priority three" }]);
    expect(withClusters.removed).toEqual([
      { id: "c2", text: "Dropped idea", lane: "Priority one" },
    ]);
    expect(withClusters.moved.map(({ id, direction }) => ({ id, direction }))).toEqual([
      { id: "c9", direction: "up" },
      { id: "n", direction: "up" },
    ]);
    const notesOnly = compareBoards(plain(before), plain(after));
    expect(notesOnly.added).toEqual([]);
    expect(notesOnly.removed).toEqual([]);
    expect(notesOnly.moved.map((move) => move.id)).toEqual(["n"]);
  });

  it("gives compareSnapshots the same moves without their direction", () => {
    const doc = sampleBoard();
    const before = snap(doc, SAMPLE_TOTALS);
    moveNote(doc, "minus", { lane: "p1" });
    const after = snap(doc, SAMPLE_TOTALS);
    expect(compareSnapshots(before, after).moved).toEqual([
      { id: "minus", text: "-5 degrees, brr", from: "Priority two", to: "Priority one" },
    ]);
    expect(compareBoards(before, after).moved[0]?.direction).toBe("up");
  });
});
