import type { GlossaryEntry } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { NO_ENTRIES, pickEntries } from "./pickEntries";

const entry = (term: string, meaning: string, fine = false): GlossaryEntry => ({
  term,
  meaning,
  fine,
});

/** A glossary as the store mirrors it: new objects each time the board's glossary changes. */
function glossary(...entries: GlossaryEntry[]) {
  return new Map(entries.map((e) => [e.term, { ...e }]));
}

describe("pickEntries", () => {
  it("picks the entries of the terms a text uses, and only those", () => {
    const picked = pickEntries(
      glossary(entry("LCAP", "Local Control"), entry("PTA", "Parents")),
      ["LCAP", "ELAC"],
      NO_ENTRIES,
    );
    expect([...picked.keys()]).toEqual(["LCAP"]);
    expect(picked.get("LCAP")?.meaning).toBe("Local Control");
  });

  it("gives the shared empty answer when the glossary knows none of the terms", () => {
    expect(pickEntries(glossary(entry("PTA", "Parents")), ["LCAP"], NO_ENTRIES)).toBe(NO_ENTRIES);
    expect(pickEntries(glossary(), [], NO_ENTRIES)).toBe(NO_ENTRIES);
  });

  it("keeps the same object when another term is defined or changed", () => {
    const first = pickEntries(glossary(entry("LCAP", "Local Control")), ["LCAP"], NO_ENTRIES);
    const next = glossary(entry("LCAP", "Local Control"), entry("PTA", "Parents"));
    expect(pickEntries(next, ["LCAP"], first)).toBe(first);
    const changedOther = glossary(entry("LCAP", "Local Control"), entry("PTA", "Parent Teacher"));
    expect(pickEntries(changedOther, ["LCAP"], first)).toBe(first);
    // A text without any of the glossary's terms never changes either.
    expect(pickEntries(changedOther, ["ELAC"], NO_ENTRIES)).toBe(NO_ENTRIES);
  });

  it("gives a new object when one of its own terms is defined, changed, marked fine or removed", () => {
    const first = pickEntries(
      glossary(entry("LCAP", "Local Control")),
      ["LCAP", "PTA"],
      NO_ENTRIES,
    );
    const added = pickEntries(
      glossary(entry("LCAP", "Local Control"), entry("PTA", "Parents")),
      ["LCAP", "PTA"],
      first,
    );
    expect(added).not.toBe(first);
    expect(added.size).toBe(2);
    const changed = pickEntries(glossary(entry("LCAP", "Plan")), ["LCAP", "PTA"], first);
    expect(changed.get("LCAP")?.meaning).toBe("Plan");
    const fine = pickEntries(glossary(entry("LCAP", "Local Control", true)), ["LCAP"], first);
    expect(fine).not.toBe(first);
    expect(fine.get("LCAP")?.fine).toBe(true);
    expect(pickEntries(glossary(), ["LCAP"], first)).toBe(NO_ENTRIES);
  });

  it("follows a text that changed its terms", () => {
    const first = pickEntries(glossary(entry("LCAP", "Local Control")), ["LCAP"], NO_ENTRIES);
    const both = glossary(entry("LCAP", "Local Control"), entry("PTA", "Parents"));
    expect([...pickEntries(both, ["PTA"], first).keys()]).toEqual(["PTA"]);
    expect([...pickEntries(both, ["LCAP", "PTA"], first).keys()]).toEqual(["LCAP", "PTA"]);
  });
});
