import { priorityLane } from "../import/laneHeadings";

// Escaping of text in the Markdown export and its undoing in the import. Backslash escapes are
// CommonMark's own, so a renderer shows the text as typed; the few constructs a backslash
// cannot neutralise use numeric character references, which renderers show as the character.

/** Characters that mean something anywhere in a line. */
const INLINE = /[\\*_[\]()#<>`|~]/g;

/** An ampersand that would start a character reference such as "&amp;" or "&#80;". */
const REFERENCE_START = /&(?=#?[A-Za-z0-9]+;)/g;

/** Bullets the importer knows that a backslash cannot escape (they are not ASCII). */
export const UNICODE_BULLETS = "•◦▪‣–";

function reference(char: string): string {
  return `&#${char.codePointAt(0)};`;
}

/** Escapes text used inside one line: a heading, a subtitle, the middle of a note's line. */
export function escapeInline(text: string): string {
  return text.replace(INLINE, "\\$&").replace(REFERENCE_START, "\\&");
}

/**
 * Escapes one line of a note. A line may not start a list item, a heading underline or, on a
 * continuation line, something the importer would read as a bullet or a priority heading.
 */
export function escapeNoteLine(line: string, continuation: boolean): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
  const rest = line.slice(indent.length);
  const first = rest.charAt(0);
  if (continuation && (UNICODE_BULLETS.includes(first) || priorityLane(rest) !== null)) {
    return indent + reference(first) + escapeInline(rest.slice(first.length));
  }
  const escaped = escapeInline(rest);
  if (first === "-" || first === "+" || first === "=") return `${indent}\\${escaped}`;
  return indent + escaped.replace(/^(\d+)\./, "$1\\.");
}

const UNESCAPE = /\\([!-/:-@[-`{-~])|&#(\d{1,7});|&#[xX]([0-9a-fA-F]{1,6});/g;

/** Undoes backslash escapes and numeric character references, in one left-to-right pass. */
export function unescapeMarkdown(text: string): string {
  return text.replace(UNESCAPE, (whole, escaped?: string, decimal?: string, hex?: string) => {
    if (escaped !== undefined) return escaped;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? "", 16);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : whole;
  });
}

/** " (3 votes)", " (1 vote)", or nothing when the count is unknown. */
export function votesSuffix(votes: number | null): string {
  if (votes === null) return "";
  return ` (${votes} ${votes === 1 ? "vote" : "votes"})`;
}

// Anchored at the end only; the space before it is checked by hand, since a pattern starting
// with a run of spaces would retry that run at every position of a long line.
const VOTES_AT_END = /\((\d{1,9}) votes?\)$/;

/**
 * Splits a vote count off the end of a raw (still escaped) line. An escaped "\(3 votes\)" typed
 * in a note never matches, because its closing parenthesis follows a backslash.
 */
export function splitVotes(raw: string): { text: string; votes: number | null } {
  const match = VOTES_AT_END.exec(raw);
  const before = match ? raw.slice(0, match.index) : "";
  if (!match?.[1] || (before !== "" && !/[ \t]$/.test(before))) return { text: raw, votes: null };
  return { text: before.trimEnd(), votes: Number(match[1]) };
}
