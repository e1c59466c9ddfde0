import { describe, expect, it } from "vitest";
import { newBoard } from "../testBoards";
import { undefinedAcronyms } from "./acronyms";
import { defineTerm, glossaryEntries, readGlossary } from "./glossary";

describe("the glossary", () => {
  it("defines a term once for the board and stops marking it", () => {
    const doc = newBoard();
    const note = "Organise parents for LCAP and ILSP";
    expect(undefinedAcronyms(note, readGlossary(doc))).toEqual(["LCAP", "ILSP"]);
    defineTerm(doc, "LCAP", { meaning: "Local Control and Accountability Plan", fine: false });
    defineTerm(doc, "ILSP", { meaning: "", fine: true });
    expect(undefinedAcronyms(note, readGlossary(doc))).toEqual([]);
    expect(glossaryEntries(readGlossary(doc))).toEqual([
      { term: "LCAP", meaning: "Local Control and Accountability Plan", fine: false },
    ]);
  });

  it("refuses a term with spaces or a meaning too long", () => {
    const doc = newBoard();
    expect(() => defineTerm(doc, "LC AP", { meaning: "x", fine: false })).toThrow(/one word/);
    expect(() => defineTerm(doc, "LCAP", { meaning: "x".repeat(301), fine: false })).toThrow(
      /at most 300/,
    );
  });
});
