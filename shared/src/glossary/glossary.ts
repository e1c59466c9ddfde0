import type * as Y from "yjs";
import { glossaryMap, type Origin } from "../doc";
import { BoardOpError } from "../errors";
import { requireString } from "../guards";
import { textLength } from "../text";
import type { GlossaryEntry } from "./acronyms";

// The board's glossary: what its acronyms mean, defined once for the whole board, or marked as
// words the group reads without help (KQED). Each term is one plain object, written whole.

/** Longest term and meaning, in characters. */
export const MAX_TERM = 16;
export const MAX_MEANING = 300;

/** Most terms one board defines. */
export const MAX_TERMS = 300;

/** Every term the board knows, by term. A malformed entry is skipped. */
export function readGlossary(doc: Y.Doc): Map<string, GlossaryEntry> {
  const out = new Map<string, GlossaryEntry>();
  for (const [term, value] of glossaryMap(doc)) {
    if (value === null || typeof value !== "object") continue;
    const { meaning, fine } = value as { meaning?: unknown; fine?: unknown };
    out.set(term, {
      term,
      meaning: typeof meaning === "string" ? meaning : "",
      fine: fine === true,
    });
  }
  return out;
}

/** The defined terms, alphabetically, for the exports' Glossary sections. */
export function glossaryEntries(glossary: ReadonlyMap<string, GlossaryEntry>): GlossaryEntry[] {
  return [...glossary.values()]
    .filter((entry) => entry.meaning.trim() !== "")
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}

/** Defines `term` for the board (or marks it fine); the last definition wins. */
export function defineTerm(
  doc: Y.Doc,
  term: string,
  entry: { meaning: string; fine: boolean },
  origin: Origin = "local",
): void {
  const clean = requireString(term, "term").trim();
  if (clean === "" || textLength(clean) > MAX_TERM || /\s/.test(clean)) {
    throw new BoardOpError("invalid-input", `a term is one word of at most ${MAX_TERM} characters`);
  }
  const meaning = requireString(entry.meaning, "meaning").trim();
  if (textLength(meaning) > MAX_MEANING) {
    throw new BoardOpError("invalid-input", `a meaning is at most ${MAX_MEANING} characters`);
  }
  if (typeof entry.fine !== "boolean")
    throw new BoardOpError("invalid-input", "fine is true or false");
  const map = glossaryMap(doc);
  if (!map.has(clean) && map.size >= MAX_TERMS) {
    throw new BoardOpError("invalid-input", `a board's glossary holds at most ${MAX_TERMS} terms`);
  }
  doc.transact(() => map.set(clean, { meaning, fine: entry.fine }), origin);
}
