import { type EarlierBoard, loadEarlierBoard } from "../continuing/earlierBoard";
import type { MeetingRecord, Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { foldName } from "./meetingBody";

/** The meeting a new one continues, and the boards its groups continue. */
export type EarlierMeeting = {
  meeting: MeetingRecord;
  /** The earlier group's board of each new group that had one, by its folded name. */
  boards: ReadonlyMap<string, EarlierBoard>;
};

/**
 * The meeting `meetingId`, with the board as it is now of each of its groups named in `groups`
 * (trimmed, any case); undefined when there is no such meeting. A damaged board of such a group
 * throws EarlierBoardDamaged, so no meeting is made from part of the earlier one.
 */
export function loadEarlierMeeting(
  rooms: Rooms,
  storage: Storage,
  meetingId: string,
  groups: readonly string[],
): EarlierMeeting | undefined {
  const meeting = storage.getMeeting(meetingId);
  if (!meeting) return undefined;
  const wanted = new Set(groups.map(foldName));
  const boards = new Map<string, EarlierBoard>();
  for (const group of storage.meetingGroups(meeting.id)) {
    const name = foldName(group.name);
    if (!wanted.has(name) || boards.has(name) || !storage.getBoard(group.boardId)) continue;
    boards.set(name, loadEarlierBoard(rooms, storage, group.boardId));
  }
  return { meeting, boards };
}
