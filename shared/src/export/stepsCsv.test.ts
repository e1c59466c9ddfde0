import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type Snapshot, snapshotBoard } from "../snapshot";
import { snapshotToCsv } from "./csv";
import { exportFileName } from "./fileName";
import { sampleBoard } from "./sampleBoard";
import { LONG_NOTE, sampleBoardWithSteps } from "./sampleSteps";
import {
  GLOSSARY_CSV_COLUMNS,
  STEPS_CSV_COLUMNS,
  snapshotGlossaryToCsv,
  snapshotStepsToCsv,
} from "./stepsCsv";

const NOW = Date.UTC(2026, 10, 22, 12);
const snapshot = (doc = sampleBoardWithSteps()): Snapshot =>
  snapshotBoard(doc, { boardId: "b", totals: null, names: {}, now: NOW });

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { newline: "\r\n", skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("snapshotStepsToCsv", () => {
  it("has the contracted header and a row per step in the room's order", () => {
    const text = snapshotStepsToCsv(snapshot());
    expect(text.startsWith(`${STEPS_CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(STEPS_CSV_COLUMNS.join(",")).toBe(
      "item,text,owner,due,measure,done,created,created_by,carried_from",
    );
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parse(text).slice(1);
    expect(rows.map((row) => [row[0], row[1]])).toEqual([
      ["Quick wins", "Book the hall"],
      ["Fix the doors", "Oil the doors"],
      [
        "Paint 🎨 the hall — “now”, isn’t it?",
        "'- starts like a bullet # and | ends with a pipe |",
      ],
      ["Fix the doors", "Write to the PTA | and the board\nthen <br> follow up"],
      [LONG_NOTE, "Read the long note"],
      ["", "Tell everyone"],
      ["", "Was about a deleted note"],
      ["", "Carried over"],
    ]);
    expect(rows[0]).toEqual([
      "Quick wins",
      "Book the hall",
      "Alice Ng",
      "2026-12-01",
      "",
      "false",
      "2026-11-22T09:31:00.000Z",
      "",
      "",
    ]);
    expect(rows[1]?.[7]).toBe("Alice Ng");
    expect(rows[3]?.slice(2, 6)).toEqual(["Bób 🎻", "", "Two replies \\ in *writing*", "true"]);
    expect(rows[7]?.[8]).toBe("earlierboard1");
  });

  it("writes times in the export's zone, and only a header row without steps", () => {
    const rows = parse(
      snapshotStepsToCsv(snapshot(), { timeZone: "Asia/Kolkata", language: "en" }),
    );
    expect(rows[1]?.[6]).toBe("2026-11-22T15:01:00.000+05:30");
    expect(snapshotStepsToCsv(snapshot(sampleBoard()))).toBe(`${STEPS_CSV_COLUMNS.join(",")}\r\n`);
  });

  it("leaves the notes' CSV as it was", () => {
    const { steps: _s, glossary: _g, ...plain } = snapshot();
    expect(snapshotToCsv(snapshot())).toBe(snapshotToCsv(plain));
    expect(snapshotToCsv(snapshot())).not.toContain("Book the hall");
  });
});

describe("snapshotGlossaryToCsv", () => {
  it("has a row per defined term, alphabetically, a formula neutralised", () => {
    expect(GLOSSARY_CSV_COLUMNS.join(",")).toBe("term,meaning");
    expect(parse(snapshotGlossaryToCsv(snapshot()))).toEqual([
      ["term", "meaning"],
      ["LCAP", "Local Control and Accountability Plan"],
      ["PTA", "Parent Teacher Association | *the* parents"],
      ["VAPA", "Visual and Performing Arts\n- dance, music\ntheatre (2 votes)"],
    ]);
    const stored: Snapshot = { ...snapshot(), glossary: [{ term: "EQ", meaning: "=1+1" }] };
    expect(parse(snapshotGlossaryToCsv(stored))[1]).toEqual(["EQ", "'=1+1"]);
    expect(snapshotGlossaryToCsv({ ...snapshot(), glossary: undefined })).toBe("term,meaning\r\n");
  });
});

describe("exportFileName for the steps' and the glossary's CSV", () => {
  it("adds what the file holds, in the export's language", () => {
    expect(exportFileName(snapshot(), "steps-csv")).toBe(
      "arts-leadership-roundtable-next-steps-2026-11-22.csv",
    );
    expect(exportFileName(snapshot(), "glossary-csv", "es")).toBe(
      "arts-leadership-roundtable-glosario-2026-11-22.csv",
    );
    expect(exportFileName(snapshot(), "steps-csv", "es")).toBe(
      "arts-leadership-roundtable-proximos-pasos-2026-11-22.csv",
    );
  });
});
