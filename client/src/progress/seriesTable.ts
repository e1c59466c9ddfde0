import { formatDateTime, formatNumber } from "../i18n/format";
import { t } from "../i18n/i18n";
import type { SeriesRow } from "./progress";

// The series of meetings as one table, on screen and as text to paste into a report: a row per
// board (oldest first), its date, title, notes and next steps, then its notes per priority. The
// priorities are columns by title, in the order they first appear; a board without one shows
// a dash there.

export type SeriesTable = {
  headers: string[];
  /** Which columns hold numbers (right-aligned, on screen and in Markdown). */
  numeric: boolean[];
  rows: string[][];
};

/** Said where a board has no priority of that title. */
export const NO_SUCH_LANE = "—";

const laneKey = (title: string) => title.trim().toLowerCase();

/**
 * The priorities' titles across the series, each once (ignoring case and spaces): in the newest
 * board's order and spelling, with a priority only older boards had put after the one it
 * followed there.
 */
export function laneColumns(series: readonly SeriesRow[]): string[] {
  const columns: { key: string; title: string }[] = [];
  for (const row of [...series].reverse()) {
    let after = -1;
    for (const lane of row.lanes) {
      const key = laneKey(lane.title);
      const at = columns.findIndex((column) => column.key === key);
      if (at >= 0) {
        after = at;
        continue;
      }
      after += 1;
      columns.splice(after, 0, { key, title: lane.title.trim() });
    }
  }
  return columns.map((column) => column.title);
}

/** A board's date: the day it was made, in the page's language. */
export function seriesDate(createdAt: number | null): string {
  return createdAt === null ? "" : formatDateTime(createdAt, { dateStyle: "medium" });
}

/** The table of `series`, with its headers in the page's language. */
export function seriesTable(
  series: readonly SeriesRow[],
  formatDate: (createdAt: number | null) => string = seriesDate,
): SeriesTable {
  const lanes = laneColumns(series);
  const headers = [
    t("progress:series.column.date"),
    t("progress:series.column.board"),
    t("progress:series.column.notes"),
    t("progress:series.column.done"),
    t("progress:series.column.open"),
    t("progress:series.column.overdue"),
    ...lanes,
  ];
  const rows = series.map((row) => {
    const notesByLane = new Map<string, number>();
    for (const lane of row.lanes) {
      const key = laneKey(lane.title);
      notesByLane.set(key, (notesByLane.get(key) ?? 0) + lane.notes);
    }
    return [
      formatDate(row.createdAt),
      row.title.trim() || t("shared:board.untitled"),
      formatNumber(row.notes),
      formatNumber(row.steps.done),
      formatNumber(row.steps.open),
      formatNumber(row.steps.overdue),
      ...lanes.map((title) => {
        const notes = notesByLane.get(laneKey(title));
        return notes === undefined ? NO_SUCH_LANE : formatNumber(notes);
      }),
    ];
  });
  return { headers, numeric: headers.map((_, index) => index >= 2), rows };
}

/** A cell as Markdown reads it: on one line, its bars escaped. */
function markdownCell(cell: string): string {
  return cell.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}

/** The table as a Markdown table: plain text a report or an email takes as it is. */
export function markdownTable({ headers, numeric, rows }: SeriesTable): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  const rule = `| ${numeric.map((right) => (right ? "---:" : "---")).join(" | ")} |`;
  return [line(headers), rule, ...rows.map(line)].join("\n");
}
