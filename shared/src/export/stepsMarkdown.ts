import type { Words } from "../i18n/translate";
import type { SnapshotStep, SnapshotTerm } from "../snapshot";
import { escapeInline, escapeNoteLines } from "./markdownText";
import type { StepRow } from "./steps";

// The sections the Markdown export adds after the lanes, only when there is something in them:
//
//   ## Next steps
//
//   | What | Who | By when | How we'll know | Done | For |
//   | --- | --- | --- | --- | --- | --- |
//   | Book the hall | Alice | 2026-12-01 | The date is in the calendar | no | Quick wins |
//   | Write to the PTA \| and the board | Bob |  |  | yes |  |
//
//   ## Glossary
//
//   - **LCAP**: Local Control and Accountability Plan
//
// A cell is escaped as the export escapes text within a line, its "|" as "\|" and its line
// breaks as "<br>" (a typed "<br>" is escaped, so it stays text); the importer undoes exactly
// that (import/stepsTable.ts). "For" names the step's note or cluster by its label
// (itemLabels.ts). A meaning of several lines continues under its bullet, as a note's does.

const LINE_BREAK = /\r\n|\r|\n/;

/** Text as one table cell (see above); "" stays an empty cell. */
export function tableCell(text: string): string {
  const escaped = escapeInline(text.trim());
  let out = "";
  for (const char of escaped) out += char === "|" ? "\\|" : char;
  return out.split(LINE_BREAK).join("<br>");
}

/** A row of already escaped cells. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** A "##" section holding a table: the heading, the header row, its delimiter and the rows. */
export function tableSection(
  heading: string,
  header: readonly string[],
  rows: readonly string[][],
): string[] {
  return [
    "",
    `## ${escapeInline(heading)}`,
    "",
    tableRow(header.map(tableCell)),
    tableRow(header.map(() => "---")),
    ...rows.map(tableRow),
  ];
}

/** The Next steps table's column names, after any `before` (a meeting's "Group"). */
export function stepColumns(t: Words): string[] {
  return [
    t("export.stepWhat"),
    t("export.stepWho"),
    t("export.stepDue"),
    t("export.stepMeasure"),
    t("export.stepDone"),
    t("export.stepFor"),
  ];
}

/** A step's cells in the order of `stepColumns`, escaped; `item` is the For column's text. */
export function stepCells(t: Words, step: SnapshotStep, item: string): string[] {
  return [
    step.text,
    step.owner,
    step.due,
    step.measure,
    t(step.done ? "export.yes" : "export.no"),
    item,
  ].map(tableCell);
}

/** The "## Next steps" section, or nothing without steps. */
export function stepsSection(t: Words, rows: readonly StepRow[]): string[] {
  if (rows.length === 0) return [];
  return tableSection(
    t("export.nextSteps"),
    stepColumns(t),
    rows.map(({ step, item }) => stepCells(t, step, item?.label ?? "")),
  );
}

/** A term's bullet, its meaning's further lines indented under it. */
function termLines(entry: SnapshotTerm): string[] {
  const lines = entry.meaning
    .trim()
    .split(LINE_BREAK)
    .map((line) => line.trimEnd());
  const escaped = escapeNoteLines(lines);
  const term = `**${escapeInline(entry.term.trim(), "*")}**:`;
  return escaped.map((line, i) => {
    if (i === 0) return line === "" ? `- ${term}` : `- ${term} ${line}`;
    return line === "" ? "" : `  ${line}`;
  });
}

/** The "## Glossary" section, or nothing without defined terms. */
export function glossarySection(t: Words, terms: readonly SnapshotTerm[]): string[] {
  const defined = terms.filter((entry) => entry.meaning.trim() !== "");
  if (defined.length === 0) return [];
  return ["", `## ${escapeInline(t("export.glossary"))}`, "", ...defined.flatMap(termLines)];
}
