import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { createCluster } from "../clusterOps";
import { addNote } from "../noteOps";
import { type Snapshot, snapshotBoard } from "../snapshot";
import { newBoard } from "../testBoards";
import { snapshotToCsv } from "./csv";
import { snapshotToJson } from "./json";
import { snapshotToMarkdown } from "./markdown";
import { printableLanes } from "./printable";
import { laneInRoomOrder, noteSequence, roomOrder } from "./roomOrder";

// A lane whose board order (clusters first, then loose notes) differs from its ranking: a
// loose note with votes beats a cluster, and notes without votes trail the top cluster.
function board(totals: Readonly<Record<string, number>> | null): Snapshot {
  const doc = newBoard("Ranking");
  const note = (id: string, lane: string, text = `Note ${id}`) =>
    addNote(doc, { id, lane, text, createdAt: 0 });
  note("inboxNote", "inbox");
  for (const id of ["a", "b", "c", "d", "e", "f"]) note(id, "p1");
  note("blank", "p1", "   \n ");
  note("p2note", "p2");
  createCluster(doc, { id: "top", lane: "p1", title: "Top", noteIds: ["a", "b"] });
  createCluster(doc, { id: "low", lane: "p1", title: "Low", noteIds: ["c"] });
  return snapshotBoard(doc, { boardId: "b", totals, names: {}, now: 0 });
}

const REVEALED = { top: 1, a: 1, b: 4, d: 3, low: 0, p2note: 2 };

function markdownSequence(snapshot: Snapshot): string[] {
  return snapshotToMarkdown(snapshot)
    .split("\n")
    .filter((line) => /^ *- Note /.test(line))
    .map((line) => line.replace(/^ *- Note (\w+).*$/, "$1"));
}

function csvSequence(snapshot: Snapshot): string[] {
  const rows = Papa.parse<string[]>(snapshotToCsv(snapshot), { skipEmptyLines: true }).data;
  return rows.slice(1).map((row) => (row[2] ?? "").replace("Note ", ""));
}

type JsonLane = {
  clusters: { id: string; notes: { id: string }[] }[];
  notes: { id: string }[];
  items: { kind: string; id: string }[];
};

function jsonSequence(snapshot: Snapshot): string[] {
  const lanes: JsonLane[] = JSON.parse(snapshotToJson(snapshot)).lanes;
  return lanes.flatMap((lane) =>
    lane.items.flatMap((item) =>
      item.kind === "note"
        ? [item.id]
        : (lane.clusters.find((c) => c.id === item.id)?.notes ?? []).map((n) => n.id),
    ),
  );
}

describe("the room's order", () => {
  it("ranks clusters (own votes plus their notes') with loose notes, ties sharing a rank", () => {
    const lane = board(REVEALED).lanes.find((l) => l.id === "p1");
    if (!lane) throw new Error("no p1");
    const items = laneInRoomOrder(lane).map((item) =>
      item.kind === "cluster"
        ? [item.cluster.id, item.rank, item.notes.map((n) => n.id)]
        : [item.note.id, item.rank],
    );
    expect(items).toEqual([
      ["top", 1, ["b", "a"]],
      ["d", 2],
      ["low", 3, ["c"]],
      ["e", 3],
      ["f", 3],
    ]);
  });

  it("keeps board order, clusters first, while the votes are hidden", () => {
    const sequence = noteSequence(roomOrder(board(null).lanes));
    expect(sequence).toEqual(["a", "b", "c", "d", "e", "f", "p2note", "inboxNote"]);
  });

  it.each([
    ["revealed", REVEALED],
    ["hidden", null],
  ])("holds Markdown, CSV, JSON and the printable page to it with votes %s", (_, totals) => {
    const snapshot = board(totals);
    const expected = noteSequence(roomOrder(snapshot.lanes));
    if (totals) expect(expected).toEqual(["b", "a", "d", "c", "e", "f", "p2note", "inboxNote"]);
    expect(markdownSequence(snapshot)).toEqual(expected);
    expect(csvSequence(snapshot)).toEqual(expected);
    expect(jsonSequence(snapshot)).toEqual(expected);
    expect(noteSequence(printableLanes(snapshot))).toEqual(expected);
  });

  it("puts Unsorted last and never lists a note with no text", () => {
    const snapshot = board(REVEALED);
    expect(roomOrder(snapshot.lanes).map(({ lane }) => lane.id)).toEqual([
      "p1",
      "p2",
      "p3",
      "p4",
      "inbox",
    ]);
    expect(noteSequence(roomOrder(snapshot.lanes))).not.toContain("blank");
    expect(snapshotToJson(snapshot)).not.toContain('"blank"');
  });
});
