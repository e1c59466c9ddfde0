import type { GlossaryEntry } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { splitTerms, type TextRun } from "./splitTerms";

function glossary(entries: Record<string, string | { meaning: string; fine: boolean }>) {
  return new Map<string, GlossaryEntry>(
    Object.entries(entries).map(([term, value]) => [
      term,
      typeof value === "string" ? { term, meaning: value, fine: false } : { term, ...value },
    ]),
  );
}

const LCAP = "Local Control and Accountability Plan";
const joined = (runs: TextRun[]) =>
  runs.map((run) => (typeof run === "string" ? run : run.word)).join("");

describe("splitTerms", () => {
  it("leaves a text with no defined term whole: one run, the text itself", () => {
    expect(splitTerms("Fund the LCAP goals", new Map())).toEqual(["Fund the LCAP goals"]);
    expect(
      splitTerms("Fund the LCAP goals", glossary({ PTA: "Parent Teacher Association" })),
    ).toEqual(["Fund the LCAP goals"]);
    expect(splitTerms("", glossary({ LCAP }))).toEqual([""]);
  });

  it("cuts a text into plain runs and the defined terms, in order", () => {
    const runs = splitTerms(
      "Fund the LCAP goals with the PTA.",
      glossary({ LCAP, PTA: "Parent Teacher Association" }),
    );
    expect(runs).toEqual([
      "Fund the ",
      { word: "LCAP", term: "LCAP", meaning: LCAP },
      " goals with the ",
      { word: "PTA", term: "PTA", meaning: "Parent Teacher Association" },
      ".",
    ]);
  });

  it("wraps every use of a term, at the start and the end of the text and in a plural", () => {
    const runs = splitTerms("PTAs, ask the PTA", glossary({ PTA: "Parent Teacher Association" }));
    expect(runs).toEqual([
      { word: "PTAs", term: "PTA", meaning: "Parent Teacher Association" },
      ", ask the ",
      { word: "PTA", term: "PTA", meaning: "Parent Teacher Association" },
    ]);
  });

  it("wraps only whole words that are the term, never part of a longer word", () => {
    const runs = splitTerms("LCAPX and xLCAP and LCAP", glossary({ LCAP }));
    expect(runs).toEqual(["LCAPX and xLCAP and ", { word: "LCAP", term: "LCAP", meaning: LCAP }]);
  });

  it("does not wrap a term marked fine without a meaning, nor one with a blank meaning", () => {
    const entries = glossary({ KQED: { meaning: "", fine: true }, ELAC: "   " });
    expect(splitTerms("KQED and ELAC", entries)).toEqual(["KQED and ELAC"]);
  });

  it("wraps a term marked fine that also has a meaning, trimmed", () => {
    const runs = splitTerms(
      "on KQED",
      glossary({ KQED: { meaning: " Public radio ", fine: true } }),
    );
    expect(runs).toEqual(["on ", { word: "KQED", term: "KQED", meaning: "Public radio" }]);
  });

  it("keeps other scripts, emoji and line breaks as they are", () => {
    const text = "Plan 🎨 del LCAP\npara las familias — أهلاً";
    const runs = splitTerms(text, glossary({ LCAP }));
    expect(joined(runs)).toBe(text);
    expect(runs).toHaveLength(3);
  });

  it("gives the text back when its runs are joined", () => {
    const text = "LCAP, PTA & ELAC: the LCAP's PTAs (LCAP)";
    expect(joined(splitTerms(text, glossary({ LCAP, PTA: "x", ELAC: "y" })))).toBe(text);
  });

  it("takes linear time: a text many times longer takes about as many times longer", () => {
    const entries = glossary({ LCAP, PTA: "Parent Teacher Association" });
    const unit = "LCAP PTA AAAAAAAAA&&& word, ";
    const time = (repeats: number) => {
      const text = unit.repeat(repeats);
      const start = performance.now();
      for (let i = 0; i < 5; i++) splitTerms(text, entries);
      return performance.now() - start;
    };
    time(2_000); // warm up
    const small = time(2_000);
    const large = time(32_000);
    // 16 times the text; a quadratic pass would take 256 times as long.
    expect(large).toBeLessThan(Math.max(small, 1) * 60);
    // A note's longest text, full of terms, splits in a few milliseconds at most.
    const longest = unit.repeat(Math.ceil(2000 / unit.length)).slice(0, 2000);
    const start = performance.now();
    expect(splitTerms(longest, entries).length).toBeGreaterThan(100);
    expect(performance.now() - start).toBeLessThan(50);
  });
});
