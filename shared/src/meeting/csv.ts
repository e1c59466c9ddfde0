import { CSV_COLUMNS, noteCells, toCsv } from "../export/csv";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "../export/exportTime";
import { lanesInRoomOrder } from "../export/roomOrder";
import { glossaryToCsv, rowsToCsv, STEPS_CSV_COLUMNS, stepCsvCells } from "../export/stepsCsv";
import { sharedWords } from "../i18n/translate";
import type { MeetingNote, MeetingSnapshot } from "./combine";
import { laneSections } from "./sections";
import { meetingItemTexts } from "./steps";

/** The header row, in this order: a board's columns after the group's name. */
export const MEETING_CSV_COLUMNS = ["group", ...CSV_COLUMNS] as const;

/**
 * One row per note in the order of the Markdown: lanes in the room's order (Unsorted last),
 * each lane's clusters merged from several groups, then group by group its clusters and loose
 * notes in the room's order. Quoting, line ends and formula neutralising are a board's
 * export's, group names included; no byte order mark.
 */
export function meetingToCsv(
  snapshot: MeetingSnapshot,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): string {
  const data: (string | number)[][] = [];
  for (const lane of lanesInRoomOrder(snapshot.lanes)) {
    const rows = (cluster: string, notes: readonly MeetingNote[]) => {
      for (const note of notes)
        data.push([note.group, lane.title, cluster, ...noteCells(note, options)]);
    };
    const { shared, groups } = laneSections(lane, snapshot.meeting.groups);
    for (const item of shared) rows(item.cluster.title, item.notes);
    for (const section of groups) {
      for (const item of section.items) {
        if (item.kind === "note") rows("", [item.note]);
        else rows(item.cluster.title, item.notes);
      }
    }
  }
  return toCsv(MEETING_CSV_COLUMNS, data);
}

/** The next steps' header row: a board's columns after the group's name. */
export const MEETING_STEPS_CSV_COLUMNS = ["group", ...STEPS_CSV_COLUMNS] as const;

/**
 * One row per next step, group by group in meeting order, each group's in its board's room
 * order; `item` is the text of the step's note or cluster. Quoting and the rest as a board's.
 */
export function meetingStepsToCsv(
  snapshot: MeetingSnapshot,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): string {
  const texts = meetingItemTexts(sharedWords(options.language), snapshot);
  const data = snapshot.steps.map((step) => {
    const item = step.item === null ? "" : (texts.get(step.item)?.text ?? "");
    return [step.group, ...stepCsvCells(step, item, options)];
  });
  return rowsToCsv(MEETING_STEPS_CSV_COLUMNS, data);
}

/** Every group's defined terms merged, one row per term and meaning, as a board's glossary CSV. */
export function meetingGlossaryToCsv(snapshot: MeetingSnapshot): string {
  return glossaryToCsv(snapshot.glossary);
}
