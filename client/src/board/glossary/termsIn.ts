import { acronymsIn } from "@roundtable/shared";

// The acronyms each text uses, found once per text: a board's cards, their marks and their
// definitions all ask, a large board's cards mount again as they come into sight, and most texts
// use none. One pass over a text the first time, a look-up after that.

/** What a text without acronyms uses: one array for all of them, so nothing changes by reference. */
export const NO_TERMS: readonly string[] = Object.freeze([]);

/** Texts remembered at most; past this the memory starts again (a board holds 2,000 notes). */
const REMEMBERED = 5000;

const known = new Map<string, readonly string[]>();

/** The acronyms `text` uses, each once, in the order they first appear (`acronymsIn`). */
export function termsIn(text: string): readonly string[] {
  const found = known.get(text);
  if (found) return found;
  const terms = acronymsIn(text);
  const kept = terms.length === 0 ? NO_TERMS : Object.freeze(terms);
  if (known.size >= REMEMBERED) known.clear();
  known.set(text, kept);
  return kept;
}
