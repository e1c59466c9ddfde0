import { sharedWords } from "../i18n/translate";
import { type Snapshot, type SnapshotStep, type SnapshotTerm, snapshotGlossary } from "../snapshot";
import { toCsv } from "./csv";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions, zonedIsoTime } from "./exportTime";
import { type StepRow, stepRows } from "./steps";

// A board's next steps and its glossary as CSV files of their own (`format=steps-csv` and
// `format=glossary-csv`), beside the notes' CSV, whose columns stay as they are. Quoting, line
// ends and formula neutralising are the notes' CSV's (csv.ts).

/** The steps' header row, in this order; spreadsheets and scripts rely on the names. */
export const STEPS_CSV_COLUMNS = [
  "item",
  "text",
  "owner",
  "due",
  "measure",
  "done",
  "created",
  "created_by",
  "carried_from",
] as const;

/** The glossary's header row. */
export const GLOSSARY_CSV_COLUMNS = ["term", "meaning"] as const;

/** `toCsv`, and the header row alone (one CRLF after it) when there are no rows. */
export function rowsToCsv(columns: readonly string[], data: (string | number)[][]): string {
  return data.length === 0 ? `${columns.join(",")}\r\n` : toCsv(columns, data);
}

/**
 * A step's cells: the text of its note or cluster ("" for none), its own fields, `done` as
 * `true` or `false` (the same in every language), `created` ISO 8601 in the export's time zone
 * with its offset, as a note's.
 */
export function stepCsvCells(
  step: SnapshotStep,
  item: string,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): string[] {
  return [
    item.trim(),
    step.text,
    step.owner,
    step.due,
    step.measure,
    step.done ? "true" : "false",
    step.createdAt === null ? "" : zonedIsoTime(step.createdAt, options.timeZone),
    step.createdBy,
    step.carriedFrom ?? "",
  ];
}

/** The text of a row's item, as the CSV's `item` names it. */
export function rowItemText(row: StepRow): string {
  return row.item?.text ?? "";
}

/** One row per next step in the room's order (steps.ts); a header row alone without steps. */
export function snapshotStepsToCsv(
  snapshot: Snapshot,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): string {
  const rows = stepRows(snapshot, sharedWords(options.language));
  return rowsToCsv(
    STEPS_CSV_COLUMNS,
    rows.map((row) => stepCsvCells(row.step, rowItemText(row), options)),
  );
}

/** Terms as CSV rows, in the order given. */
export function glossaryToCsv(terms: readonly SnapshotTerm[]): string {
  return rowsToCsv(
    GLOSSARY_CSV_COLUMNS,
    terms.map((entry) => [entry.term, entry.meaning]),
  );
}

/** One row per defined term, alphabetically; a header row alone without any. */
export function snapshotGlossaryToCsv(snapshot: Snapshot): string {
  return glossaryToCsv(snapshotGlossary(snapshot));
}
