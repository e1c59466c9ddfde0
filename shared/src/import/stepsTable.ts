import {
  isStepDate,
  MAX_STEP_MEASURE,
  MAX_STEP_OWNER,
  MAX_STEP_TEXT,
  MAX_STEPS,
} from "../steps/step";
import { textLength } from "../text";
import type { ImportedStep } from "./plan";
import { ReadFailure } from "./readFailure";
import { doneValue, type StepColumn, stepColumn } from "./sectionWords";
import { cellText, isDelimiterRow, isTableRow, rawCells } from "./tableRows";

// Reads the Next steps table of the Markdown export back (export/stepsMarkdown.ts): a header
// row naming the columns in any language the export writes (columns it does not know, such as a
// meeting's "Group", are passed over; only "What" is required), the delimiter row, then a step
// a row until the first line that is not a row. Every problem names its line.

/** A step as read, with the For column's text, which the reader matches to an item later. */
export type TableStep = ImportedStep & { forLabel: string };

function capped(text: string, max: number, what: string, line: number): string {
  if (textLength(text) > max) {
    throw new ReadFailure(line, `${what} is longer than ${max} characters (${textLength(text)})`);
  }
  return text;
}

function rowStep(cells: readonly string[], columns: readonly (StepColumn | null)[], line: number) {
  const value: Partial<Record<StepColumn, string>> = {};
  columns.forEach((column, i) => {
    if (column !== null && value[column] === undefined) value[column] = cellText(cells[i] ?? "");
  });
  const text = capped(value.text ?? "", MAX_STEP_TEXT, "the next step", line);
  const due = value.due ?? "";
  if (due !== "" && !isStepDate(due)) {
    const shown = (value.due ?? "").slice(0, 40);
    throw new ReadFailure(line, `the date "${shown}" is not a date written YYYY-MM-DD`);
  }
  const done = doneValue(value.done ?? "");
  if (done === null) {
    throw new ReadFailure(line, `"${(value.done ?? "").slice(0, 40)}" is not "yes" or "no"`);
  }
  const step: TableStep = {
    text,
    owner: capped(value.owner ?? "", MAX_STEP_OWNER, "who does it", line),
    due,
    measure: capped(value.measure ?? "", MAX_STEP_MEASURE, "how we'll know", line),
    done,
    forLabel: value.item ?? "",
  };
  return step;
}

/**
 * The table whose header row is `lines[start]`: its steps, and the index of its last row. Rows
 * with nothing in them are passed over; a row with more cells than the header is refused (a "|"
 * in some text that lost its backslash), as is a step without its text.
 */
export function readStepsTable(
  lines: readonly string[],
  start: number,
  already: number,
): { steps: TableStep[]; last: number } {
  const header = rawCells(lines[start] ?? "");
  const columns = header.map((name) => stepColumn(name));
  if (!columns.includes("text")) {
    throw new ReadFailure(start + 1, "the Next steps table has no What column");
  }
  const delimiter = lines[start + 1] ?? "";
  if (!isTableRow(delimiter) || !isDelimiterRow(rawCells(delimiter))) {
    throw new ReadFailure(start + 2, "the Next steps table's header is not followed by | --- |");
  }
  const steps: TableStep[] = [];
  let i = start + 2;
  for (; i < lines.length && isTableRow(lines[i] ?? ""); i++) {
    const cells = rawCells(lines[i] ?? "");
    if (cells.every((cell) => cell === "")) continue;
    if (cells.length > header.length) {
      throw new ReadFailure(
        i + 1,
        `the row has ${cells.length} cells, the header ${header.length} (write a "|" in text as "\\|")`,
      );
    }
    const step = rowStep(cells, columns, i + 1);
    if (step.text === "") throw new ReadFailure(i + 1, "the next step has no text");
    if (already + steps.length >= MAX_STEPS) {
      throw new ReadFailure(i + 1, `an import may add at most ${MAX_STEPS} next steps`);
    }
    steps.push(step);
  }
  return { steps, last: i - 1 };
}
