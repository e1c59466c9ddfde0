import { LANE_COMMENT, priorityLane } from "./laneHeadings";

// What one line of meeting notes is, before any context: the reader decides what it means
// where it stands (a prose line right under a bullet may continue it, for instance).

export type Line =
  | { kind: "blank" }
  /** A Markdown heading; `text` is still escaped, without any closing #s. */
  | { kind: "heading"; level: number; text: string }
  /**
   * `column`: where the text starts, so further lines can be unindented to match; `indent`:
   * where the marker starts, so a nested bullet is known from a sibling.
   */
  | { kind: "bullet"; column: number; indent: number; text: string }
  | { kind: "priority"; lane: string }
  | { kind: "comment"; lane: string }
  /** `indent` in columns (a tab reaching the next multiple of 4). */
  | { kind: "prose"; indent: number; text: string };

const HEADING_START = /^ {0,3}(#{1,6})(?=[ \t]|$)/;

/**
 * "- ", "* ", "+ ", "– " and "1. " or "1) " need a space after them, as in Markdown, so that
 * "-5 degrees" or "2017. A year" stay prose; the round bullets of word processors may touch
 * the text. Up to three digits, since a longer number at the start of a line is seldom a list.
 */
const BULLET = /^[ \t]*(?:(?:[-*+\u2013]|\d{1,3}[.)])[ \t]+|[•◦▪‣][ \t]*)/;

/** Width of the leading whitespace in columns. */
export function indentOf(line: string): number {
  let column = 0;
  for (const char of line) {
    if (char === " ") column++;
    else if (char === "\t") column += 4 - (column % 4);
    else break;
  }
  return column;
}

/** `line` without up to `columns` columns of leading whitespace. */
export function unindent(line: string, columns: number): string {
  let column = 0;
  let i = 0;
  while (i < line.length && column < columns) {
    const char = line[i];
    if (char === " ") column++;
    else if (char === "\t") column += 4 - (column % 4);
    else break;
    i++;
  }
  return line.slice(i);
}

/**
 * A heading's text without its optional closing run of #s ("## Title ##"). By hand: a pattern
 * such as /(.*?)(?:[ \t]+#+)?[ \t]*$/ takes quadratic time on a long run of spaces.
 */
function headingText(rest: string): string {
  const text = rest.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end--;
  if (end === 0) return "";
  const before = text[end - 1];
  return end < text.length && (before === " " || before === "\t")
    ? text.slice(0, end).trimEnd()
    : text;
}

/** Classifies a line whose trailing whitespace is already gone. */
export function classify(line: string): Line {
  if (line.trim() === "") return { kind: "blank" };
  const heading = HEADING_START.exec(line);
  if (heading?.[1]) {
    return {
      kind: "heading",
      level: heading[1].length,
      text: headingText(line.slice(heading[0].length)),
    };
  }
  const bullet = BULLET.exec(line);
  if (bullet) {
    const marker = bullet[0];
    return {
      kind: "bullet",
      column: indentOf(marker) + marker.trimStart().length,
      indent: indentOf(marker),
      text: line.slice(marker.length),
    };
  }
  const lane = priorityLane(line);
  if (lane !== null) return { kind: "priority", lane };
  const comment = LANE_COMMENT.exec(line.trim());
  if (comment?.[1]) return { kind: "comment", lane: comment[1] };
  return { kind: "prose", indent: indentOf(line), text: line.trim() };
}

/** The inside of a line in italics, `_like this_`, as the export writes a lane's subtitle. */
export function italicText(line: string): string | null {
  const match = /^_(.*)_$/.exec(line);
  return match?.[1] !== undefined && match[1].trim() !== "" ? match[1] : null;
}
