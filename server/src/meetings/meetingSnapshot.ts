import {
  combineMeeting,
  type MeetingGroupSnapshot,
  type MeetingSnapshot,
  meetingToCsv,
  meetingToJson,
  meetingToMarkdown,
} from "@roundtable/shared";
import { type BoardReader, boardSnapshot, type ExportFormat, type Renderer } from "../exports";
import type { MeetingRecord, Storage } from "../storage/storage";

export const MEETING_RENDERERS: Readonly<Record<ExportFormat, Renderer<MeetingSnapshot>>> = {
  json: (snapshot) => meetingToJson(snapshot),
  md: meetingToMarkdown,
  csv: meetingToCsv,
};

/**
 * Every group's board as it is now, combined by priority. Vote totals follow each board's rule:
 * there once its facilitator revealed them, or all of them for the facilitator asking.
 */
export function meetingSnapshot(
  reader: BoardReader,
  storage: Storage,
  meeting: MeetingRecord,
  options: { withHiddenVotes: boolean; mergeClusters: boolean; now?: number },
): MeetingSnapshot {
  const now = options.now ?? Date.now();
  const groups: MeetingGroupSnapshot[] = [];
  for (const group of storage.meetingGroups(meeting.id)) {
    const board = storage.getBoard(group.boardId);
    if (!board) continue;
    const snapshot = boardSnapshot(reader, board, options.withHiddenVotes, now);
    groups.push({ name: group.name, boardId: group.boardId, snapshot });
  }
  return combineMeeting({
    meeting: { id: meeting.id, title: meeting.title },
    groups,
    lanes: meeting.template.lanes,
    mergeClusters: options.mergeClusters,
    now,
  });
}
