import type { Snapshot, SnapshotLane, SnapshotNote } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { snapshotTitle, summaryLine, votesText } from "./snapshotView";

const note = (id: string): SnapshotNote => ({
  id,
  text: `Note ${id}`,
  votes: null,
  author: null,
  authorName: null,
  color: "#fde68a",
  createdAt: null,
});

const lane = (id: string, notes: string[], clustered: string[] = []): SnapshotLane => ({
  id,
  title: id,
  subtitle: "",
  clusters: clustered.length
    ? [{ id: `c-${id}`, title: "Group", votes: null, notes: clustered.map(note) }]
    : [],
  notes: notes.map(note),
});

const snapshot = (lanes: SnapshotLane[]): Snapshot => ({
  schemaVersion: 1,
  board: { id: "b", title: "LRT", exportedAt: "2026-05-14T10:00:00.000Z" },
  lanes,
});

describe("votesText", () => {
  it("counts votes, and says nothing for none or while they are hidden", () => {
    expect(votesText(3)).toBe("3 votes");
    expect(votesText(1)).toBe("1 vote");
    expect(votesText(0)).toBeNull();
    expect(votesText(null)).toBeNull();
  });
});

describe("summaryLine", () => {
  it("counts clustered notes and the priorities that hold notes", () => {
    const board = snapshot([lane("inbox", ["x"]), lane("p1", ["a"], ["b", "c"]), lane("p2", [])]);
    expect(summaryLine(board)).toBe("3 notes in 1 priority, 1 unsorted");
    expect(summaryLine(snapshot([lane("p1", ["a"]), lane("p3", ["b"])]))).toBe(
      "2 notes in 2 priorities",
    );
  });
});

describe("snapshotTitle", () => {
  it("joins the board's title and the snapshot's name", () => {
    expect(snapshotTitle("LRT", "After small groups")).toBe("LRT — After small groups");
    expect(snapshotTitle(" ", null)).toBe("Untitled board");
  });
});
