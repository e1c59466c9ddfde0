import Papa from "papaparse";
import type { Snapshot, SnapshotLane, SnapshotNote } from "../snapshot";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions, zonedIsoTime } from "./exportTime";
import { roomOrder } from "./roomOrder";

/** The header row, in this order; spreadsheets and scripts rely on the names. */
export const CSV_COLUMNS = ["priority", "cluster", "text", "votes", "author", "created"] as const;

/**
 * Cells a spreadsheet would run as a formula (OWASP's list), also after leading whitespace:
 * spreadsheets trim spaces and no-break spaces before a formula, so " =1+1" and "\u00a0=1+1"
 * run too. Papa's own pattern for `escapeFormulae: true` is /^[=+\-@\t\r].*$/, whose `.*$`
 * fails on a cell with a line break, so a multi-line note starting with "=" would slip
 * through; this one looks at the start only (`\s` covers spaces, tabs, line breaks, no-break
 * and other Unicode spaces, and the byte order mark). No `g` flag: Papa calls test() on it, and
 * a global regex keeps state.
 */
const FORMULA_START = /^\s*[=+\-@\t\r]/;

/**
 * A note's own cells: text, votes (empty while hidden), author's name and creation time (ISO
 * 8601 in the export's time zone, with its offset).
 */
export function noteCells(
  note: SnapshotNote,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): (string | number)[] {
  const created = note.createdAt === null ? "" : zonedIsoTime(note.createdAt, options.timeZone);
  return [note.text, note.votes ?? "", note.authorName ?? note.author ?? "", created];
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
 * One row per note in the room's order (roomOrder.ts: Unsorted last, ranked by votes when the
 * export holds them, each cluster's notes where the cluster stands), RFC 4180 quoting, CRLF
 * line ends, and formula cells prefixed with "'" so that a spreadsheet shows them as text.
 * Votes are empty while hidden.
 */
export function snapshotToCsv(
  snapshot: Snapshot,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): string {
  const data: (string | number)[][] = [];
  for (const { lane, items } of roomOrder<SnapshotLane>(snapshot.lanes)) {
    for (const item of items) {
      if (item.kind === "note") data.push([lane.title, "", ...noteCells(item.note, options)]);
      else {
        for (const note of item.notes)
          data.push([lane.title, item.cluster.title, ...noteCells(note, options)]);
      }
    }
  }
  return toCsv(CSV_COLUMNS, data);
}
