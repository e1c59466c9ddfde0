import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { snapshotToCsv } from "../export/csv";
import { combineMeeting } from "./combine";
import { MEETING_CSV_COLUMNS, meetingToCsv } from "./csv";
import { meetingToMarkdown } from "./markdown";
import * as sample from "./sampleMeeting";

const { combineBoards, p1Board, plainNote, sampleInput } = sample;

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { newline: "\r\n", skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("meetingToCsv", () => {
  it("has the header row and one row per note, in the Markdown's order", () => {
    expect(MEETING_CSV_COLUMNS).toEqual([
      "group",
      "priority",
      "cluster",
      "text",
      "votes",
      "author",
      "created",
    ]);
    for (const merge of [false, true]) {
      const snapshot = combineMeeting(sampleInput(merge));
      const text = meetingToCsv(snapshot);
      expect(text.startsWith("group,priority,cluster,text,votes,author,created\r\n")).toBe(true);
      expect(text.endsWith("\r\n")).toBe(true);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      const rows = parse(text).slice(1);
      expect(rows.length).toBe(sample.sampleNoteKeys(sample.sampleGroups()).length);
      expect(rows.map(([group, lane, , note]) => `${lane} / ${group} / ${note}`)).toEqual(
        sample.markdownBullets(meetingToMarkdown(snapshot)),
      );
    }
  });

  it("writes a merged cluster's rows with each note's own group, votes empty while hidden", () => {
    const rows = parse(meetingToCsv(combineMeeting(sampleInput(true)))).slice(1);
    expect(rows.slice(0, 4)).toEqual([
      [
        "Principals",
        "Priority one",
        "Quick wins",
        "Fix the doors",
        "3",
        "",
        "2026-11-22T12:00:00.000Z",
      ],
      [
        "Directors",
        "Priority one",
        "Quick wins",
        "Oil the hinges",
        "0",
        "",
        "2026-11-22T12:00:00.000Z",
      ],
      [
        "Cabinet",
        "Priority one",
        "Quick wins",
        "Paint the hall",
        "",
        "",
        "2026-11-22T12:00:00.000Z",
      ],
      ["Principals", "Priority one", "", "A loose note", "2", "", "2026-11-22T12:00:00.000Z"],
    ]);
    expect(rows.at(-2)).toEqual(["Cabinet", "Parking lot", "", sample.PARKED.text, "", "", ""]);
    expect(rows.at(-1)?.slice(0, 2)).toEqual(["Principals", "Unsorted"]);
  });

  it("quotes and neutralises group names like any other cell", () => {
    const note = plainNote("n", "Plain", 1);
    const boards = [p1Board("=SUM(A1)", [], [note]), p1Board('Say "hi", all', [], [note])];
    const text = meetingToCsv(combineBoards(false, boards));
    expect(text).toContain(`\r\n"'=SUM(A1)",Priority one,,Plain,1,,\r\n`);
    expect(text).toContain('\r\n"Say ""hi"", all",Priority one,,Plain,1,,\r\n');
    expect(parse(text).map((row) => row[0])).toContain("'=SUM(A1)");
  });

  it("writes cells as a board's export does", () => {
    const board = p1Board("G", [], [plainNote("n", '=HYPERLINK("x")\nline two', 1)]);
    const [, boardRow] = snapshotToCsv(board).split("\r\n", 2);
    expect(meetingToCsv(combineBoards(false, [board]))).toContain(`\r\nG,${boardRow}`);
  });
});
