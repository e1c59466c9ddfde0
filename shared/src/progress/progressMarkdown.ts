import { escapeInline } from "../export/markdownText";
import { tableCell, tableRow } from "../export/stepsMarkdown";
import type { Words } from "../i18n/translate";
import type { Progress, ProgressItem, ProgressMove } from "./progress";
import type { StepRef } from "./stepProgress";

// The Markdown export's "## Since last time" section: what became of the steps carried from
// the board this one continues, how the priorities changed and the series of meetings as a
// table, for a facilitator to paste into a report. It comes after the lanes; the importer skips
// it (it describes the board, it holds none of its notes).

function bullet(text: string): string {
  return `- ${escapeInline(text.replace(/\s+/g, " ").trim())}`;
}

function list(t: Words, label: string, lines: readonly string[]): string[] {
  return [
    "",
    `**${escapeInline(label)}**`,
    "",
    ...(lines.length > 0 ? lines : [`- ${t("progress.none")}`]),
  ];
}

function stepLine(step: StepRef): string {
  const who = step.owner === "" ? "" : ` — ${step.owner}`;
  const due = step.due === "" ? "" : ` (${step.due})`;
  return bullet(`${step.text}${who}${due}`);
}

const itemLine = (item: ProgressItem) => bullet(`${item.text} — ${item.lane}`);
const moveLine = (move: ProgressMove) => bullet(`${move.text}: ${move.from} → ${move.to}`);

/** The section, or nothing when the board continues no other. */
export function sinceLastTimeSection(t: Words, progress: Progress | undefined): string[] {
  if (!progress?.continues) return [];
  const { steps, priorities, votes, series } = progress;
  const out = [
    "",
    `## ${escapeInline(t("progress.sinceLastTime"))}`,
    "",
    `_${escapeInline(t("progress.comparedWith", { title: progress.continues.title.replace(/\s+/g, " ") }))}_`,
    ...list(t, t("progress.stepsDone"), steps.done.map(stepLine)),
    ...list(t, t("progress.stepsOpen"), steps.open.map(stepLine)),
    ...list(t, t("progress.stepsOverdue"), steps.overdue.map(stepLine)),
    ...list(t, t("progress.prioritiesNew"), priorities.new.map(itemLine)),
    ...list(
      t,
      t("progress.movedUp"),
      priorities.moved.filter((m) => m.direction === "up").map(moveLine),
    ),
    ...list(
      t,
      t("progress.movedDown"),
      priorities.moved.filter((m) => m.direction === "down").map(moveLine),
    ),
    ...list(t, t("progress.dropped"), priorities.dropped.map(itemLine)),
    ...list(
      t,
      t("progress.votesChanged"),
      votes.map((v) => bullet(`${v.text}: ${v.before} → ${v.after}`)),
    ),
  ];
  const header = [
    "seriesDate",
    "seriesBoard",
    "seriesNotes",
    "seriesDone",
    "seriesOpen",
    "seriesOverdue",
  ];
  out.push(
    "",
    tableRow(header.map((key) => tableCell(t(`progress.${key}`)))),
    tableRow(header.map(() => "---")),
    ...series.map((row) =>
      tableRow([
        tableCell(row.createdAt?.slice(0, 10) ?? ""),
        tableCell(row.title),
        String(row.notes),
        String(row.steps.done),
        String(row.steps.open),
        String(row.steps.overdue),
      ]),
    ),
  );
  return out;
}
