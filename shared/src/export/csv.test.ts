import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type Snapshot, type SnapshotNote, snapshotBoard } from "../snapshot";
import { snapshotToCsv } from "./csv";
import { SAMPLE_NAMES, SAMPLE_NOTES, SAMPLE_TOTALS, sampleBoard } from "./sampleBoard";

function csv(totals: Readonly<Record<string, number>> | null = SAMPLE_TOTALS): string {
  return snapshotToCsv(snapshotBoard(sampleBoard(), { boardId: "b", totals, names: SAMPLE_NAMES }));
}

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { newline: "\r\n", skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

const note = (id: string, text: string): SnapshotNote => ({
  id,
  text,
  votes: null,
  author: null,
  authorName: null,
  color: "#fde68a",
  createdAt: null,
});

describe("snapshotToCsv", () => {
  it("has the header row and one row per note in the room's order, Unsorted last", () => {
    const text = csv();
    expect(text.startsWith("priority,cluster,text,votes,author,created\r\n")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parse(text);
    expect(rows.length).toBe(SAMPLE_NOTES.length + 1);
    expect(rows[1]).toEqual([
      "Priority one",
      "Quick wins",
      "Fix the doors",
      "3",
      "Bób 🎻",
      "2026-11-22T09:30:00.000Z",
    ]);
    expect(rows[2]?.slice(2, 5)).toEqual(["Paint 🎨 the hall — “now”, isn’t it?", "1", "Alice Ng"]);
    expect(rows[3]?.slice(0, 4)).toEqual(["Priority one", "", "'- starts with a dash", "0"]);
    // The most voted note of p2 leads it.
    expect(rows[6]?.slice(0, 4)).toEqual([
      "Priority two",
      "",
      "Literal (3 votes) in the text",
      "2",
    ]);
    // The empty lane p3 has no rows; the renamed p4 is named by its title; Unsorted comes last.
    expect(rows.map((r) => r[0])).not.toContain("Priority three");
    expect(rows.at(-3)?.[0]).toBe("Someday, maybe");
    expect(rows.at(-1)?.[0]).toBe("Unsorted");
  });

  it("writes creation times in the time zone asked for", () => {
    const snapshot = snapshotBoard(sampleBoard(), { boardId: "b", totals: null, names: {} });
    const rows = parse(snapshotToCsv(snapshot, { timeZone: "Asia/Kolkata", language: "en" }));
    expect(rows[1]?.[5]).toBe("2026-11-22T15:00:00.000+05:30");
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    const text = csv();
    expect(text).toContain('"He said ""hi"", then left"');
    expect(text).toContain(
      '"Line one\nPriority two -\n• looks like a bullet\n\n  indented after a blank"',
    );
    expect(parse(text).map((r) => r[2])).toContain(
      SAMPLE_NOTES.find((n) => n.id === "multiline")?.text,
    );
  });

  it("neutralises every cell a spreadsheet would run, multi-line ones too", () => {
    const text = csv();
    expect(text).toContain(`"'=HYPERLINK(""http://x"")\nsecond line"`);
    expect(text).toContain(`"'+1 from me"`);
    expect(text).toContain(`"'-5 degrees, brr"`);
    expect(text).toContain(`"'@channel look"`);
    const snapshot: Snapshot = {
      schemaVersion: 1,
      board: { id: "b", title: "T", exportedAt: "2026-11-22T12:00:00.000Z" },
      lanes: [
        {
          id: "p1",
          title: "=cmd|' /C calc'!A0",
          subtitle: "",
          clusters: [{ id: "c", title: "@SUM(1)", votes: 2, notes: [note("t", "\tTabbed")] }],
          notes: [note("r", "\rCR first"), note("safe", "a = b")],
        },
      ],
    };
    const rows = parse(snapshotToCsv(snapshot));
    expect(rows.slice(1)).toEqual([
      ["'=cmd|' /C calc'!A0", "'@SUM(1)", "'\tTabbed", "", "", ""],
      ["'=cmd|' /C calc'!A0", "", "'\rCR first", "", "", ""],
      ["'=cmd|' /C calc'!A0", "", "a = b", "", "", ""],
    ]);
  });

  it("neutralises formulas after leading spaces, tabs and no-break spaces too", () => {
    const texts = [" =1+1", "\u00a0=1+1", "  \u00a0 +SUM(A1)", "\u2003@cmd", "\ufeff=1", " \t-2"];
    const snapshot: Snapshot = {
      schemaVersion: 1,
      board: { id: "b", title: "T", exportedAt: "2026-11-22T12:00:00.000Z" },
      lanes: [
        {
          id: "p1",
          title: " =lane",
          subtitle: "",
          clusters: [],
          notes: [...texts.map((text, i) => note(`n${i}`, text)), note("safe", " plain = text")],
        },
      ],
    };
    const rows = parse(snapshotToCsv(snapshot)).slice(1);
    expect(rows.map((row) => row[0])).toEqual(Array(texts.length + 1).fill("' =lane"));
    expect(rows.map((row) => row[2])).toEqual([
      ...texts.map((text) => `'${text}`),
      " plain = text",
    ]);
  });

  it("leaves votes empty while hidden and writes counts once revealed", () => {
    const hidden = parse(csv(null)).slice(1);
    expect(hidden.every((r) => r[3] === "")).toBe(true);
    const shown = parse(csv({})).slice(1);
    expect(shown.every((r) => r[3] === "0")).toBe(true);
  });
});
