import { describe, expect, it } from "vitest";
import { acronymOf, acronymsIn, type GlossaryEntry, undefinedAcronyms } from "./acronyms";
import { MAY_NOTES_LINES } from "./fixtures/mayNotes";

describe("acronymOf", () => {
  it("takes words of capitals, with digits and a plural s", () => {
    expect(acronymOf("LCAP")).toBe("LCAP");
    expect(acronymOf("PTAs")).toBe("PTA");
    expect(acronymOf("K12")).toBeNull();
    expect(acronymOf("STEAM2")).toBe("STEAM2");
    expect(acronymOf("ÉCOLE")).toBe("ÉCOLE");
  });

  it("leaves out words, emphasis, single letters and long shouting", () => {
    for (const word of ["Arts", "AND", "NO", "A", "I", "IV", "Y", "ABCDEFGHIJ", "iPad", "2017"]) {
      expect(acronymOf(word), word).toBeNull();
    }
  });
});

describe("acronymsIn the May 2017 notes", () => {
  const notes = MAY_NOTES_LINES.join("\n");

  it("finds every acronym the group used, once each, in order", () => {
    expect(acronymsIn(notes)).toEqual(["LRT", "LAT", "ILSP", "KQED", "LCAP", "PTA", "ACOE"]);
  });

  it("finds none in 'No acronyms!' or 'Arts teaching AND arts integration'", () => {
    expect(acronymsIn("No acronyms!")).toEqual([]);
    expect(acronymsIn("Arts teaching AND arts integration")).toEqual([]);
  });

  it("reads a long text in one pass", () => {
    const long = `${"LCAP and ILSP ".repeat(20_000)}PTA`;
    expect(acronymsIn(long)).toEqual(["LCAP", "ILSP", "PTA"]);
  });
});

describe("undefinedAcronyms", () => {
  const glossary = new Map<string, GlossaryEntry>([
    ["LCAP", { term: "LCAP", meaning: "Local Control and Accountability Plan", fine: false }],
    ["KQED", { term: "KQED", meaning: "", fine: true }],
    ["PTA", { term: "PTA", meaning: " ", fine: false }],
  ]);

  it("marks what the board has neither defined nor called fine", () => {
    const text = "LCAP, KQED, PTA and ILSP";
    expect(undefinedAcronyms(text, glossary)).toEqual(["PTA", "ILSP"]);
  });
});
