import type { Words } from "../i18n/translate";
import { priorityLane } from "../import/laneHeadings";

// Escaping of text in the Markdown export and its undoing in the import. The export is pasted
// into emails and documents, so it escapes only what would change the structure or turn text
// into markup (a leading "#", "-", "+", "*", ">" or "1.", emphasis that would pair up, a link, a
// tag, a character reference, a trailing vote count); a "(note)" or a lone "*" stays as typed.
// Backslash escapes are CommonMark's own, so a renderer shows the text as typed; the few
// constructs a backslash cannot neutralise use numeric character references.

/** Bullets the importer knows that a backslash cannot escape (they are not ASCII). */
export const UNICODE_BULLETS = "•◦▪‣–";

/** A delimiter the text is wrapped in: "**" around a cluster's title, "_" around a subtitle. */
export type Wrap = "*" | "_" | null;

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

function reference(char: string): string {
  return `&#${char.codePointAt(0)};`;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

const isSpace = (char: string) => char === "" || SPACE.test(char);
const isWord = (char: string) => char !== "" && WORD_CHAR.test(char);

/**
 * Backslashes the characters of `text` (one paragraph, lines joined by "\n") that would be read
 * as markup: emphasis only when a second delimiter could close it, and never one standing
 * between two spaces (or, for "_", inside a word), since those cannot open or close anything.
 */
function escapeSpans(text: string, wrap: Wrap): string {
  const stars = count(text, "*") >= 2 || wrap === "*";
  const underscores = count(text, "_") >= 2 || wrap === "_";
  const tildes = count(text, "~") >= 2;
  const backticks = count(text, "`") >= 2;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const prev = text.charAt(i - 1);
    const next = text.charAt(i + 1);
    const loose = isSpace(prev) && isSpace(next);
    let marked = false;
    if (char === "\\") marked = next === "" || next === "\n" || ASCII_PUNCTUATION.test(next);
    else if (char === "*") marked = wrap === "*" || (stars && !loose);
    else if (char === "_") marked = underscores && !loose && !(isWord(prev) && isWord(next));
    else if (char === "~") marked = tildes && !loose;
    else if (char === "`") marked = backticks;
    else if (char === "<") marked = /[A-Za-z/!?]/.test(next);
    else if (char === "]") marked = next === "(" || next === "[" || next === ":";
    else if (char === "&") marked = /^&#?[A-Za-z0-9]+;/.test(text.slice(i, i + 40));
    out += marked ? `\\${char}` : char;
  }
  return out;
}

// A vote count in the words of every language's catalogue (`export.votes`: "1 vote", "3 votes",
// "1 voto", "3 votos"): "vot[eo]s?". The importer reads a count in any of them whatever the
// language of the export, so a note ending in any of them is guarded in every export.
const TYPED_VOTES = /(^|[ \t])\((\d{1,9} vot[eo]s?\))$/;

/** A trailing "(3 votes)" or "(3 votos)" typed in the text, which the importer would read as a count. */
function guardVotes(escaped: string): string {
  return escaped.replace(TYPED_VOTES, "$1\\($2");
}

/**
 * What a line may not start with: a heading, a quote, a list item, a thematic break or a
 * heading underline; on a continuation line also what the importer reads as a bullet or a
 * priority heading. `line` is already escaped inline; `original` is the text as typed.
 */
function escapeLineStart(line: string, original: string, continuation: boolean): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
  const rest = line.slice(indent.length);
  const typed = original.trimStart();
  const first = rest.charAt(0);
  if (first === "") return line;
  if (continuation && (UNICODE_BULLETS.includes(first) || priorityLane(typed) !== null)) {
    return indent + reference(first) + rest.slice(first.length);
  }
  if (first === "\\") return line;
  if (/^#{1,6}(?:[ \t]|$)/.test(rest) || first === ">") return `${indent}\\${rest}`;
  if (/^[-+*](?:[ \t]|$)/.test(rest) || /^(?:-+|=+)[ \t]*$/.test(rest)) {
    return `${indent}\\${rest}`;
  }
  if (/^[-*_](?:[ \t]*[-*_]){2,}[ \t]*$/.test(rest)) return `${indent}\\${rest}`;
  const ordered = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(rest);
  if (ordered) return `${indent}${ordered[1]}\\${rest.slice(ordered[1]?.length ?? 0)}`;
  return line;
}

/** Escapes text used inside one line: a title, a subtitle, the middle of a line. */
export function escapeInline(text: string, wrap: Wrap = null): string {
  return guardVotes(escapeSpans(text, wrap));
}

/**
 * Escapes a note's lines (the first follows a bullet, the others continue it), looking at them
 * together: emphasis pairs across the lines of one paragraph.
 */
export function escapeNoteLines(lines: readonly string[]): string[] {
  const escaped = escapeSpans(lines.join("\n"), null).split("\n");
  const last = escaped.length - 1;
  escaped[last] = guardVotes(escaped[last] ?? "");
  return escaped.map((line, i) => escapeLineStart(line, lines[i] ?? "", i > 0));
}

/** Escapes one line of a note on its own (the first line when `continuation` is false). */
export function escapeNoteLine(line: string, continuation: boolean): string {
  const escaped = guardVotes(escapeSpans(line, null));
  return escapeLineStart(escaped, line, continuation);
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

/**
 * " (3 votes)", " (1 vote)" (" (3 votos)" in Spanish: the words are `t`'s), or nothing when
 * there are none or the count is unknown.
 */
export function votesSuffix(votes: number | null, t: Words): string {
  if (votes === null || votes <= 0) return "";
  return ` (${t("export.votes", { count: votes })})`;
}

// Anchored at the end only; the space before it is checked by hand, since a pattern starting
// with a run of spaces would retry that run at every position of a long line. Its words are
// every language's, as TYPED_VOTES's above.
const VOTES_AT_END = /\((\d{1,9}) vot[eo]s?\)$/;

/**
 * Splits a vote count ("(3 votes)", "(1 voto)") off the end of a raw (still escaped) line. An
 * escaped "\(3 votes)" typed in a note never matches, because its opening parenthesis follows
 * a backslash.
 */
export function splitVotes(raw: string): { text: string; votes: number | null } {
  const match = VOTES_AT_END.exec(raw);
  const before = match ? raw.slice(0, match.index) : "";
  if (!match?.[1] || (before !== "" && !/[ \t]$/.test(before))) return { text: raw, votes: null };
  return { text: before.trimEnd(), votes: Number(match[1]) };
}
