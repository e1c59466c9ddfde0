import { unescapeMarkdown } from "../export/markdownText";

// Reading a Markdown table's rows back as the export writes them (export/stepsMarkdown.ts):
// cells between unescaped "|"s, "\|" a pipe in the text, "<br>" a line break, everything else
// escaped as text within a line. One pass over the line.

/** Whether a line (trailing whitespace gone) is a table row: it starts with "|". */
export function isTableRow(line: string): boolean {
  return /^ {0,3}\|/.test(line);
}

/** "<br>", "<br/>" or "<br />" at `i`, as its length, or 0. */
function lineBreakAt(line: string, i: number): number {
  return /^<br\s*\/?>/i.exec(line.slice(i, i + 8))?.[0].length ?? 0;
}

/**
 * A row's cells, raw (still escaped, line breaks as "\n"), trimmed; the leading "|" and a
 * trailing one are not cells.
 */
export function rawCells(line: string): string[] {
  const row = line.trim();
  const cells: string[] = [];
  let cell = "";
  let endsWithPipe = false;
  for (let i = 0; i < row.length; i++) {
    const char = row.charAt(i);
    endsWithPipe = false;
    if (char === "\\" && i + 1 < row.length) {
      const next = row.charAt(i + 1);
      // "\|" is the table's own escape: the text holds a "|".
      cell += next === "|" ? "|" : char + next;
      i++;
      continue;
    }
    if (char === "|") {
      cells.push(cell);
      cell = "";
      endsWithPipe = true;
      continue;
    }
    const lineBreak = char === "<" ? lineBreakAt(row, i) : 0;
    if (lineBreak > 0) {
      cell += "\n";
      i += lineBreak - 1;
      continue;
    }
    cell += char;
  }
  if (!endsWithPipe) cells.push(cell);
  if (row.startsWith("|")) cells.shift();
  return cells.map((raw) => raw.trim());
}

/**
 * A raw cell as the text it holds: escapes undone line by line (a "|" the table unescaped
 * stays one; a "\|" written as "\\\|" is a backslash and a pipe).
 */
export function cellText(raw: string): string {
  return raw
    .split("\n")
    .map((line) => unescapeMarkdown(line))
    .join("\n")
    .trim();
}

/** Whether a row is the line under the header: cells of dashes, with colons for alignment. */
export function isDelimiterRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((cell) => /^:?-+:?$/.test(cell));
}
