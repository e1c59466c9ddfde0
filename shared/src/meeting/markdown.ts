import type { ExportOptions } from "../export/exportTime";
import { DEFAULT_EXPORT_OPTIONS } from "../export/exportTime";
import {
  clusterTitle,
  headingLine,
  itemBullets,
  laneHeading,
  markdownHead,
  noteLines,
  oneLine,
} from "../export/markdown";
import { votesSuffix } from "../export/markdownText";
import { lanesInRoomOrder } from "../export/roomOrder";
import {
  glossarySection,
  stepCells,
  stepColumns,
  tableCell,
  tableSection,
} from "../export/stepsMarkdown";
import { sharedWords, type Words } from "../i18n/translate";
import type { MeetingNote, MeetingSnapshot } from "./combine";
import { type GroupSection, laneSections, type MeetingItem } from "./sections";
import { meetingItemTexts } from "./steps";

// The whole meeting as one set of minutes, a "##" section per priority (Unsorted last):
//
//   # ALMA visit
//
//   _Exported 2026-11-22 12:00 UTC · 3 groups: Principals, Directors, Cabinet_
//
//   ## Priority one
//
//   _Do first_
//
//   - **Quick wins** — Principals and Directors (8 votes)
//     - Fix the doors — Principals (3 votes)
//     - Oil the hinges — Directors
//
//   ### Principals
//
//   - **Tidy up** (4 votes)
//     - Clear the desks (3 votes)
//   - A loose note (2 votes)
//
// Clusters merged from several groups come first, naming their groups, each note naming its
// own; then a "###" section a group with anything in the lane, holding its clusters and loose
// notes as a board's export lays out a lane. Everything comes in the room's order
// (roomOrder.ts). Lanes with nothing in them keep their heading, as in a board's export. Every
// title, group name and note is escaped as a board's export escapes them. The export's own
// words ("Exported", "3 groups", "and", "(8 votes)") are in the export's language.
//
// After the lanes, when there is something in them: "## Next steps", a board's table with a
// first column naming each step's group, its "For" naming the step's note or cluster by its text
// (shortened); and "## Glossary", every group's defined terms merged.

/** A word that starts with the sound "i" ("Innovación", "Historia"), not "ie"/"hie" ("hielo"). */
const I_SOUND = /^h?[ií](?![aeiouáéíóú])/i;

/** "A", "A and B", "A, B and C" (Spanish "A, B y C", "A e Innovación"). */
function inWords(t: Words, items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  const last = items.at(-1) ?? "";
  const key = I_SOUND.test(last.trim()) ? "export.andBeforeI" : "export.and";
  return t(key, { first: items.slice(0, -1).join(", "), last });
}

function groupTail(note: MeetingNote): string {
  const group = note.group.replace(/\s+/g, " ").trim();
  return group === "" ? "" : ` — ${group}`;
}

function sharedBlock(t: Words, item: Extract<MeetingItem, { kind: "cluster" }>): string[] {
  const { cluster } = item;
  const groups = oneLine(inWords(t, cluster.groups));
  return [
    `- ${clusterTitle(t, cluster.title)} — ${groups}${votesSuffix(cluster.votes, t)}`,
    ...item.notes.flatMap((note) => noteLines(t, note, groupTail(note), "  ")),
  ];
}

/** A group's section, or nothing when it holds nothing. */
function groupBlock(t: Words, section: GroupSection): string[] {
  const body = itemBullets(t, section.items);
  return body.length === 0 ? [] : ["", headingLine(t, "###", section.group), ...body];
}

/** The "## Next steps" table of every group's steps, or nothing without any. */
function stepsBlock(t: Words, snapshot: MeetingSnapshot): string[] {
  const { steps } = snapshot;
  if (steps.length === 0) return [];
  const labels = meetingItemTexts(t, snapshot);
  return tableSection(
    t("export.nextSteps"),
    [t("export.stepGroup"), ...stepColumns(t)],
    steps.map((step) => {
      const item = step.item === null ? "" : (labels.get(step.item)?.label ?? "");
      return [tableCell(step.group), ...stepCells(t, step, item)];
    }),
  );
}

function headDetail(t: Words, names: readonly string[]): string {
  const count = t("export.groups", { count: names.length });
  return names.length === 0 ? ` · ${count}` : ` · ${count}: ${names.join(", ")}`;
}

/** The meeting result as Markdown minutes (see the shape above); ends with a newline. */
export function meetingToMarkdown(
  snapshot: MeetingSnapshot,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): string {
  const t = sharedWords(options.language);
  const { meeting } = snapshot;
  const names = meeting.groups.map((group) => group.name);
  const out = markdownHead(meeting.title, meeting.exportedAt, options, headDetail(t, names));
  for (const lane of lanesInRoomOrder(snapshot.lanes)) {
    const { shared, groups } = laneSections(lane, meeting.groups);
    out.push(...laneHeading(lane));
    if (shared.length > 0) out.push("", ...shared.flatMap((item) => sharedBlock(t, item)));
    for (const section of groups) out.push(...groupBlock(t, section));
  }
  out.push(...stepsBlock(t, snapshot));
  out.push(...glossarySection(t, snapshot.glossary));
  return `${out.join("\n")}\n`;
}
