import type { GlossaryEntry } from "@roundtable/shared";

/** The glossary's entries for the terms one text uses, by term. */
export type PickedEntries = ReadonlyMap<string, GlossaryEntry>;

/** What a text gets when the glossary knows none of its terms. */
export const NO_ENTRIES: PickedEntries = new Map();

function sameEntry(a: GlossaryEntry | undefined, b: GlossaryEntry | undefined): boolean {
  return a === b || (!!a && !!b && a.meaning === b.meaning && a.fine === b.fine);
}

/**
 * The entries of `glossary` for `terms`, or `previous` itself when those are the same as before:
 * a card selecting them re-renders when one of its own terms changes, never for another term.
 * Costs one look-up per term the text uses, whatever the glossary's size.
 */
export function pickEntries(
  glossary: ReadonlyMap<string, GlossaryEntry>,
  terms: readonly string[],
  previous: PickedEntries,
): PickedEntries {
  let count = 0;
  let same = true;
  for (const term of terms) {
    const entry = glossary.get(term);
    if (!entry) continue;
    count++;
    if (same && !sameEntry(entry, previous.get(term))) same = false;
  }
  if (same && count === previous.size) return previous;
  if (count === 0) return NO_ENTRIES;
  const picked = new Map<string, GlossaryEntry>();
  for (const term of terms) {
    const entry = glossary.get(term);
    if (entry) picked.set(term, entry);
  }
  return picked;
}
