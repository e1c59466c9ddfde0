import Papa from "papaparse";
import type { Snapshot, SnapshotNote } from "../snapshot";

/** The header row, in this order; spreadsheets and scripts rely on the names. */
export const CSV_COLUMNS = ["priority", "cluster", "text", "votes", "author", "created"] as const;

/**
 * Cells a spreadsheet would run as a formula (OWASP's list). Papa's own pattern for
 * `escapeFormulae: true` is /^[=+\-@\t\r].*$/, whose `.*$` fails on a cell with a line break,
 * so a multi-line note starting with "=" would slip through; this one looks at the first
 * character only. No `g` flag: Papa calls test() on it, and a global regex keeps state.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A note's own cells: text, votes (empty while hidden), author's name and creation time. */
export function noteCells(note: SnapshotNote): (string | number)[] {
  return [note.text, note.votes ?? "", note.authorName ?? note.author ?? "", note.createdAt ?? ""];
}

/**
 * A header row and the data rows, RFC 4180 quoting, CRLF line ends including after the last
 * row, and formula cells prefixed with "'" so that a spreadsheet shows them as text.
 */
export function toCsv(columns: readonly string[], data: (string | number)[][]): string {
  const csv = Papa.unparse(
    { fields: [...columns], data },
    {
      header: true,
      newline: "\r\n",
      quotes: false,
      quoteChar: '"',
      escapeChar: '"',
      escapeFormulae: FORMULA_START,
    },
  );
  return `${csv}\r\n`;
}

/**
 * One row per note in the order the board shows them (each lane's clusters, then its other
 * notes), RFC 4180 quoting, CRLF line ends, and formula cells prefixed with "'" so that a
 * spreadsheet shows them as text. Votes are empty while hidden.
 */
export function snapshotToCsv(snapshot: Snapshot): string {
  const data: (string | number)[][] = [];
  for (const lane of snapshot.lanes) {
    for (const cluster of lane.clusters) {
      for (const note of cluster.notes) data.push([lane.title, cluster.title, ...noteCells(note)]);
    }
    for (const note of lane.notes) data.push([lane.title, "", ...noteCells(note)]);
  }
  return toCsv(CSV_COLUMNS, data);
}
