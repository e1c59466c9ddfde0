import { unescapeMarkdown } from "../export/markdownText";
import { MAX_MEANING, MAX_TERM } from "../glossary/glossary";
import { textLength } from "../text";
import type { ImportedTerm } from "./plan";
import { ReadFailure } from "./readFailure";

// A glossary bullet's text (after "- "), as the export writes it, "**LCAP**: Local Control and
// Accountability Plan", or as people type it, "**LCAP:** …" or "LCAP: …". A term is one word;
// its characters are escapes or anything but spaces, stars, backslashes (and, unbolded, colons),
// so each pattern reads a line in one pass.

const TERM_PATTERNS = [
  /^\*\*((?:\\.|[^\s*\\])+)\*\*:(?:[ \t]+(.*))?$/,
  /^\*\*((?:\\.|[^\s*\\:])+):\*\*(?:[ \t]+(.*))?$/,
  /^((?:\\.|[^\s*\\:])+):[ \t]+(.*)$/,
];

/** The raw (still escaped) term and the rest of the first line, or null for no term. */
export function termParts(firstLine: string): { term: string; rest: string } | null {
  const line = firstLine.trim();
  for (const pattern of TERM_PATTERNS) {
    const match = pattern.exec(line);
    if (match?.[1] !== undefined) return { term: match[1], rest: match[2] ?? "" };
  }
  return null;
}

/**
 * The term a bullet of raw lines ("\n" between them) defines, or null when it defines none (no
 * term, or no meaning). A term too long or a meaning over the limit is refused at `line`.
 */
export function termOf(raw: string, line: number): ImportedTerm | null {
  const newline = raw.indexOf("\n");
  const first = newline === -1 ? raw : raw.slice(0, newline);
  const parts = termParts(first);
  if (parts === null) return null;
  const term = unescapeMarkdown(parts.term).trim();
  const further = newline === -1 ? "" : raw.slice(newline);
  const meaning = unescapeMarkdown(`${parts.rest}${further}`).trim();
  if (term === "" || meaning === "" || /\s/.test(term)) return null;
  if (textLength(term) > MAX_TERM) {
    throw new ReadFailure(
      line,
      `the term ${term.slice(0, 40)} is longer than ${MAX_TERM} characters`,
    );
  }
  if (textLength(meaning) > MAX_MEANING) {
    throw new ReadFailure(line, `the meaning of ${term} is longer than ${MAX_MEANING} characters`);
  }
  return { term, meaning };
}
