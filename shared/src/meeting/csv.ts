import { CSV_COLUMNS, noteCells, toCsv } from "../export/csv";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from "../export/exportTime";
import { lanesInRoomOrder } from "../export/roomOrder";
import type { MeetingNote, MeetingSnapshot } from "./combine";
import { laneSections } from "./sections";

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
