import { describe, expect, it } from "vitest";
import { snapshotToJson } from "../export/json";
import { SAMPLE_NAMES, SAMPLE_TOTALS, sampleBoard } from "../export/sampleBoard";
import { snapshotBoard } from "../snapshot";
import { parseJsonExport } from "./jsonExport";

const NOW = Date.UTC(2026, 10, 22, 12);

function exported(): Record<string, unknown> {
  const snapshot = snapshotBoard(sampleBoard(), {
    boardId: "b",
    totals: SAMPLE_TOTALS,
    names: SAMPLE_NAMES,
    now: NOW,
  });
  return JSON.parse(snapshotToJson(snapshot));
}

function failure(text: string) {
  const result = parseJsonExport(text);
  if (result.ok) throw new Error("expected a failure");
  return result;
}

describe("parseJsonExport", () => {
  it("turns an export into a plan with authors' names, times and vote history", () => {
    const result = parseJsonExport(JSON.stringify(exported()));
    if (!result.ok) throw new Error(result.message);
    const { plan } = result;
    expect(plan.title).toBe("Arts Leadership Roundtable");
    expect(plan.skipped).toEqual([]);
    expect(plan.lanes.map((l) => [l.lane, l.title, l.subtitle])).toEqual([
      ["p1", "Priority one", "Do first"],
      ["p2", "Priority two", "Do next"],
      ["p3", "Priority three", "Later"],
      ["p4", "Someday, maybe", ""],
      ["inbox", "Unsorted", "New ideas land here"],
    ]);
    expect(plan.lanes[0]?.clusters[0]).toEqual({
      title: "Quick wins",
      priorVotes: 5,
      notes: [
        {
          text: "Fix the doors",
          color: "#fde68a",
          author: "bob",
          authorName: "Bób 🎻",
          createdAt: Date.UTC(2026, 10, 22, 9, 30),
          priorVotes: 3,
        },
        expect.objectContaining({ text: "Paint 🎨 the hall — “now”, isn’t it?", priorVotes: 1 }),
      ],
    });
  });

  it("says where invalid JSON breaks", () => {
    const result = failure('{\n  "schemaVersion": 1,\n  "board": }\n');
    expect(result.message).toMatch(/^(Line 3: )?this is not valid JSON \(/);
    expect([3, null]).toContain(result.line);
  });

  it("refuses other schema versions and files that are not exports", () => {
    expect(failure(JSON.stringify({ ...exported(), schemaVersion: 2 })).message).toBe(
      "schemaVersion 2 is not one this version reads (1)",
    );
    expect(failure("[1, 2]").message).toBe("the file must be an object");
    expect(failure('{"hello": "world"}').message).toBe(
      "schemaVersion is missing: this is not a board export",
    );
  });

  it("names the field that is wrong by its path", () => {
    const data = exported() as { lanes: { notes: Record<string, unknown>[] }[] };
    const note = data.lanes[1]?.notes[1];
    if (!note) throw new Error("sample changed");
    note.text = 42;
    expect(failure(JSON.stringify(data)).message).toBe("lanes[1].notes[1].text must be a string");
    note.text = "x".repeat(2001);
    expect(failure(JSON.stringify(data)).message).toBe(
      "lanes[1].notes[1].text is longer than 2000 characters (a note's limit)",
    );
    note.text = "fine";
    note.createdAt = "yesterday";
    expect(failure(JSON.stringify(data)).message).toBe(
      'lanes[1].notes[1].createdAt must be an ISO 8601 time, not "yesterday"',
    );
    note.createdAt = null;
    note.votes = 1.5;
    expect(failure(JSON.stringify(data)).message).toBe(
      "lanes[1].notes[1].votes must be a whole number of at least 0, or null",
    );
  });
});
