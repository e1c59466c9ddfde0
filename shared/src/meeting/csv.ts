import { CSV_COLUMNS, noteCells, toCsv } from "../export/csv";
import type { MeetingNote, MeetingSnapshot } from "./combine";
import { laneSections } from "./sections";

/** The header row, in this order: a board's columns after the group's name. */
export const MEETING_CSV_COLUMNS = ["group", ...CSV_COLUMNS] as const;

/**
 * One row per note in the order of the Markdown: each lane's clusters merged from several
 * groups, then group by group its loose notes and own clusters. Quoting, line ends and formula
 * neutralising are a board's export's, group names included; no byte order mark.
 */
export function meetingToCsv(snapshot: MeetingSnapshot): string {
  const data: (string | number)[][] = [];
  for (const lane of snapshot.lanes) {
    const rows = (cluster: string, notes: readonly MeetingNote[]) => {
      for (const note of notes) data.push([note.group, lane.title, cluster, ...noteCells(note)]);
    };
    const { shared, groups } = laneSections(lane, snapshot.meeting.groups);
    for (const cluster of shared) rows(cluster.title, cluster.notes);
    for (const section of groups) {
      rows("", section.notes);
      for (const cluster of section.clusters) rows(cluster.title, cluster.notes);
    }
  }
  return toCsv(MEETING_CSV_COLUMNS, data);
}
