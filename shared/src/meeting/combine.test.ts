import { afterEach, describe, expect, it, vi } from "vitest";
import type { SnapshotCluster } from "../snapshot";
import { combineMeeting, type MeetingSnapshot, meetingToJson } from "./combine";
import {
  combineBoards,
  p1Board,
  plainNote,
  sampleGroups,
  sampleInput,
  sampleNoteKeys,
  TEMPLATE_LANES,
} from "./sampleMeeting";

function allNotes(snapshot: MeetingSnapshot) {
  return snapshot.lanes.flatMap((lane) => [
    ...lane.clusters.flatMap((cluster) => cluster.notes),
    ...lane.notes,
  ]);
}

function clusterTitles(snapshot: MeetingSnapshot, lane: string): string[] {
  return snapshot.lanes.find((l) => l.id === lane)?.clusters.map((c) => c.title) ?? [];
}

function cluster(id: string, title: string, votes: number | null): SnapshotCluster {
  return { id, title, votes, notes: [plainNote(`${id}-n`, `Note of ${id}`)] };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("combineMeeting", () => {
  it("lists the template's lanes in order with its titles, then a lane only a board has", () => {
    const snapshot = combineMeeting(sampleInput(false));
    const lanes = snapshot.lanes.map(({ id, title, subtitle }) => ({ id, title, subtitle }));
    expect(lanes).toEqual([
      ...TEMPLATE_LANES,
      { id: "parking", title: "Parking lot", subtitle: "" },
    ]);
    // The Directors renamed p1 "Urgent stuff" on their board; the template's title wins.
    expect(lanes[1]).toEqual({ id: "p1", title: "Priority one", subtitle: "Do first" });
    // p4 is empty on every board, and still listed.
    expect(snapshot.lanes[4]).toMatchObject({ clusters: [], notes: [] });
  });

  it("names the meeting, its groups and the export time", () => {
    const snapshot = combineMeeting(sampleInput(true));
    expect(snapshot.schemaVersion).toBe(1);
    expect(snapshot.kind).toBe("meeting");
    expect(snapshot.meeting).toEqual({
      id: "m1",
      title: "ALMA visit",
      exportedAt: "2026-11-22T12:00:00.000Z",
      clustersMerged: true,
      groups: [
        { name: "Principals", boardId: "board-1", title: "Principals board" },
        { name: "Directors", boardId: "board-2", title: "Directors board" },
        { name: "Cabinet", boardId: "board-3", title: "Cabinet board" },
      ],
    });
    vi.useFakeTimers({ now: Date.UTC(2027, 0, 2, 3, 4) });
    const { now: _, ...input } = sampleInput(false);
    expect(combineMeeting(input).meeting.exportedAt).toBe("2027-01-02T03:04:00.000Z");
  });

  it("keeps every note once, with its group, whether or not clusters merge", () => {
    const groups = sampleGroups();
    for (const merge of [false, true]) {
      const notes = allNotes(combineMeeting(sampleInput(merge)));
      expect(notes.map((note) => `${note.group}/${note.id}`).sort()).toEqual(
        sampleNoteKeys(groups).sort(),
      );
    }
  });

  it("without merging lists each group's clusters in board order, groups in meeting order", () => {
    const snapshot = combineMeeting(sampleInput(false));
    const p1 = snapshot.lanes[1];
    expect(p1?.clusters.map((c) => [c.id, c.groups, c.votes])).toEqual([
      ["pr-wins", ["Principals"], 5],
      ["di-staffing", ["Directors"], 0],
      ["di-wins", ["Directors"], 1],
      ["ca-wins", ["Cabinet"], null],
    ]);
    expect(p1?.notes.map((n) => [n.id, n.group, n.votes])).toEqual([["pr-loose", "Principals", 2]]);
    // Not even one group's two clusters of the same title merge.
    const twice = combineBoards(false, [
      p1Board("A", [cluster("a1", "X", 1), cluster("a2", "X", 2)]),
    ]);
    expect(clusterTitles(twice, "p1")).toEqual(["X", "X"]);
  });

  it("merges clusters of one title across case and spacing, where the first stood", () => {
    const snapshot = combineMeeting(sampleInput(true));
    const p1 = snapshot.lanes[1];
    expect(p1?.clusters.map((c) => [c.id, c.title, c.groups, c.votes])).toEqual([
      // 5 + 1 from revealed boards; the Cabinet's votes are hidden and count for nothing.
      ["pr-wins", "Quick wins", ["Principals", "Directors", "Cabinet"], 6],
      ["di-staffing", "Staffing", ["Directors"], 0],
    ]);
    expect(p1?.clusters[0]?.notes.map((n) => [n.id, n.group])).toEqual([
      ["pr-doors", "Principals"],
      ["di-hinges", "Directors"],
      ["ca-paint", "Cabinet"],
    ]);
    // "Staffing" in p2 is another lane's cluster and stays apart from p1's.
    expect(clusterTitles(snapshot, "p2")).toEqual(["Staffing"]);
  });

  it("merges titles equal after trimming, never empty ones, and sums only shown votes", () => {
    const a = p1Board("A", [
      cluster("a1", "  Budget   Cuts ", null),
      cluster("a2", "", 4),
      cluster("a3", "Budget cuts", null),
    ]);
    const b = p1Board("B", [cluster("b1", "budget cuts", null), cluster("b2", "   ", 1)]);
    const merged = combineBoards(true, [a, b]);
    const clusters = merged.lanes[1]?.clusters ?? [];
    expect(clusters.map((c) => [c.id, c.groups, c.votes, c.notes.length])).toEqual([
      ["a1", ["A", "B"], null, 3],
      ["a2", ["A"], 4, 1],
      ["b2", ["B"], 1, 1],
    ]);
    expect(clusters[0]?.title).toBe("  Budget   Cuts ");
    const c = p1Board("C", [cluster("c1", "BUDGET CUTS", 2)]);
    expect(combineBoards(true, [a, b, c]).lanes[1]?.clusters[0]?.votes).toBe(2);
    expect(
      combineBoards(true, [c, p1Board("D", [cluster("d1", "Budget cuts", 0)])]).lanes[1]
        ?.clusters[0]?.votes,
    ).toBe(2);
  });
});

describe("meetingToJson", () => {
  it("is pretty JSON in the contracted key order, in the room's order, Unsorted last", () => {
    const snapshot = combineMeeting(sampleInput(true));
    const text = meetingToJson(snapshot);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "kind": "meeting",\n  "meeting": {')).toBe(
      true,
    );
    expect(text.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(text);
    expect(parsed.meeting).toEqual(snapshot.meeting);
    expect(parsed.lanes.map((lane: { id: string }) => lane.id)).toEqual([
      ...snapshot.lanes.map((lane) => lane.id).filter((id) => id !== "inbox"),
      "inbox",
    ]);
    expect(Object.keys(parsed.lanes[0])).toEqual([
      "id",
      "title",
      "subtitle",
      "clusters",
      "notes",
      "items",
    ]);
    expect(parsed.lanes[0].items[0]).toEqual({ kind: "cluster", id: expect.any(String), rank: 1 });
    expect(Object.keys(parsed.meeting)).toEqual([
      "id",
      "title",
      "exportedAt",
      "clustersMerged",
      "groups",
    ]);
    expect(Object.keys(parsed.lanes[0].clusters[0])).toEqual([
      "id",
      "title",
      "votes",
      "groups",
      "notes",
    ]);
    expect(Object.keys(parsed.lanes[0].notes[0])).toEqual([
      "id",
      "text",
      "votes",
      "author",
      "authorName",
      "color",
      "createdAt",
      "group",
    ]);
  });
});
