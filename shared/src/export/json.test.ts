import { describe, expect, it } from "vitest";
import { type Snapshot, snapshotBoard } from "../snapshot";
import { exportFileName } from "./fileName";
import { snapshotToJson } from "./json";
import { MARKDOWN_TEXT, SAMPLE_NAMES, SAMPLE_TOTALS, sampleBoard } from "./sampleBoard";

const NOW = Date.UTC(2026, 10, 22, 12);

function snapshot(totals: Readonly<Record<string, number>> | null = SAMPLE_TOTALS): Snapshot {
  return snapshotBoard(sampleBoard(), { boardId: "b1", totals, names: SAMPLE_NAMES, now: NOW });
}

describe("snapshotToJson", () => {
  it("is pretty JSON in the contracted key order, ending with a newline", () => {
    const text = snapshotToJson(snapshot());
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "board": {\n    "id": "b1",')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).toContain(
      '"notes": [\n            {\n              "id": "doors",\n              "text": "Fix the doors",\n              "votes": 3,\n              "author": "bob",\n              "authorName": "Bób 🎻",\n              "color": "#fde68a",\n              "createdAt": "2026-11-22T09:30:00.000Z"\n            },',
    );
    expect(Object.keys(JSON.parse(text).lanes[1])).toEqual([
      "id",
      "title",
      "subtitle",
      "clusters",
      "notes",
      "items",
    ]);
  });

  it("lists the lanes Unsorted last and each lane's items in the room's order", () => {
    const data = JSON.parse(snapshotToJson(snapshot()));
    expect(data.lanes.map((lane: { id: string }) => lane.id)).toEqual([
      "p1",
      "p2",
      "p3",
      "p4",
      "inbox",
    ]);
    expect(data.lanes[0].items.slice(0, 3)).toEqual([
      { kind: "cluster", id: "wins", rank: 1 },
      { kind: "note", id: "dash", rank: 2 },
      { kind: "note", id: "numbered", rank: 2 },
    ]);
    expect(data.lanes[1].notes[0].id).toBe("literal");
    const hidden = JSON.parse(snapshotToJson(snapshot(null)));
    expect(hidden.lanes[1].notes[0].id).toBe("literal");
    expect(hidden.lanes[1].items[0]).toEqual({ kind: "note", id: "literal", rank: null });
  });

  it("keeps text, emoji and HTML as they are, and holds the snapshot's notes", () => {
    const text = snapshotToJson(snapshot());
    expect(text).toContain(JSON.stringify(MARKDOWN_TEXT));
    expect(text).toContain("Paint 🎨 the hall — “now”, isn’t it?");
    const data = JSON.parse(text);
    expect(data.board).toEqual(snapshot().board);
    const ids = (s: Snapshot) =>
      s.lanes.flatMap((l) => [...l.clusters.flatMap((c) => c.notes), ...l.notes]).map((n) => n.id);
    expect(ids(data).sort()).toEqual(ids(snapshot()).sort());
  });

  it("writes null votes while hidden and counts once revealed", () => {
    const hidden = snapshotToJson(snapshot(null));
    expect(hidden).not.toMatch(/"votes": \d/);
    expect(snapshotToJson(snapshot({})).match(/"votes": 0/g)?.length).toBe(15);
  });
});

describe("exportFileName", () => {
  const named = (title: string, exportedAt = "2026-11-22T12:00:00.000Z"): Snapshot => ({
    schemaVersion: 1,
    board: { id: "b", title, exportedAt },
    lanes: [],
  });

  it("joins the title's words and the export date", () => {
    expect(exportFileName(snapshot(), "md")).toBe("arts-leadership-roundtable-2026-11-22.md");
    expect(exportFileName(snapshot(), "csv")).toBe("arts-leadership-roundtable-2026-11-22.csv");
  });

  it("is ASCII-safe whatever the title holds", () => {
    expect(exportFileName(named('Café ☕ "Ünïcode" ../../etc/passwd'), "json")).toBe(
      "cafe-unicode-etc-passwd-2026-11-22.json",
    );
    expect(exportFileName(named("🎨🎻"), "md")).toBe("board-2026-11-22.md");
    expect(exportFileName(named("🎨🎻"), "md", "es")).toBe("tablero-2026-11-22.md");
    const long = exportFileName(named("word ".repeat(40)), "md");
    expect(long.length).toBeLessThanOrEqual(60 + "-2026-11-22.md".length);
    expect(long).toMatch(/^(word-)+word-2026-11-22\.md$/);
  });
});
