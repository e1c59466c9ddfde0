import { acronymOf, type GlossaryEntry } from "@roundtable/shared";

/** A stretch of a text: plain, or a word that is a defined term (`PTAs` for the term `PTA`). */
export type TextRun = string | { word: string; term: string; meaning: string };

// The same words `acronymsIn` reads; a plain character class, so the pass never backtracks.
const WORD = /[\p{L}\p{N}&]+/gu;

/** The meaning a glossary gives `term`, or "" when it gives none (unknown, or only "fine"). */
export function meaningOf(glossary: ReadonlyMap<string, GlossaryEntry>, term: string): string {
  return glossary.get(term)?.meaning.trim() ?? "";
}

/**
 * `text` cut into plain runs and the words whose term `glossary` defines, in order; joined, the
 * runs give `text` back. A text with no defined term is one run, the text itself. One pass over
 * the text, linear in its length.
 */
export function splitTerms(text: string, glossary: ReadonlyMap<string, GlossaryEntry>): TextRun[] {
  if (glossary.size === 0) return [text];
  const runs: TextRun[] = [];
  let plainFrom = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const term = acronymOf(word);
    if (!term) continue;
    const meaning = meaningOf(glossary, term);
    if (meaning === "") continue;
    if (match.index > plainFrom) runs.push(text.slice(plainFrom, match.index));
    runs.push({ word, term, meaning });
    plainFrom = match.index + word.length;
  }
  if (plainFrom < text.length || runs.length === 0) runs.push(text.slice(plainFrom));
  return runs;
}
