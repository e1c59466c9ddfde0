import { DEFAULT_LANGUAGE, MAX_TITLE, newId, sharedWords } from "@roundtable/shared";
import { hashKey, newFacilitatorKey } from "../auth";
import { JOIN_CODE_ATTEMPTS, newBoard } from "../boards";
import { type Continuation, checkFirstStateFits } from "../continuing/carryOver";
import {
  type AgendaSession,
  JoinCodeTaken,
  type MeetingRecord,
  type NewGroupBoard,
  type Storage,
} from "../storage/storage";
import type { EarlierMeeting } from "./earlierMeeting";
import { newJoinCode } from "./joinCodes";
import { type CreateMeetingBody, foldName } from "./meetingBody";
import { changedTemplate, continuedLanes, defaultTemplate } from "./template";

/** An untitled meeting's title in English; in another language, its `meeting.untitled`. */
export const DEFAULT_MEETING_TITLE = sharedWords(DEFAULT_LANGUAGE)("meeting.untitled");

export type CreatedMeeting = {
  meeting: MeetingRecord;
  facilitatorKey: string;
  groups: NewGroupBoard[];
};

/** A meeting continuing `earlier`; each group board's first state must fit the board cap. */
export type ContinuingMeeting = { earlier: EarlierMeeting; maxBoardBytes: number };

/**
 * Creates a meeting and one board per group from its template, all in one transaction. The
 * meeting's facilitator key is every group board's key too, so one link controls them all.
 * Lanes the body's template leaves as they are, and an untitled meeting's title, are in the
 * body's language (English without one); so are the group boards' lanes.
 *
 * A meeting continuing another starts from the earlier meeting's template (the body's template
 * changes it), and each group named like an earlier group (any case) continues that group's
 * board: its open steps, lane titles and glossary, and its notes with `carryNotes`. A group
 * board whose copy would pass the cap throws ContinuedBoardTooBig before anything is stored.
 */
export function createMeeting(
  storage: Storage,
  body: CreateMeetingBody,
  now = Date.now(),
  continuing?: ContinuingMeeting,
): CreatedMeeting {
  const facilitatorKey = newFacilitatorKey();
  const facilitatorKeyHash = hashKey(facilitatorKey);
  const language = body.language ?? DEFAULT_LANGUAGE;
  const title = body.title || sharedWords(language)("meeting.untitled");
  const base = continuing?.earlier.meeting.template ?? defaultTemplate(language);
  const template = changedTemplate(base, body.template ?? {});
  const meeting: MeetingRecord = {
    id: newId(),
    title,
    createdAt: now,
    facilitatorKeyHash,
    agenda: agendaOf(body),
    template,
  };
  // A clash with a code in use is rare (a few hundred groups among 887 million codes); draw
  // again rather than fail the request.
  for (let attempt = 1; ; attempt++) {
    const codes = new Set<string>();
    while (codes.size < body.groups.length) codes.add(newJoinCode());
    const groups = body.groups.map((name, position): NewGroupBoard => {
      // The group's code is its board's code, so typing it finds the same board either way.
      const joinCode = [...codes][position] as string;
      const earlier = continuing?.earlier.boards.get(foldName(name));
      const continuation: Continuation | undefined = earlier && {
        earlier,
        carryNotes: body.carryNotes ?? false,
      };
      const { board, initialState } = newBoard(
        groupBoardTitle(name, title),
        facilitatorKeyHash,
        now,
        earlier ? continuedLanes(template, earlier.lanes, body.template ?? {}) : template.lanes,
        joinCode,
        continuation,
      );
      if (continuation && continuing) {
        checkFirstStateFits(continuation, initialState, continuing.maxBoardBytes);
      }
      return {
        group: { meetingId: meeting.id, position, name, boardId: board.id, joinCode },
        board,
        initialState,
      };
    });
    try {
      storage.createMeeting(meeting, groups);
      return { meeting, facilitatorKey, groups };
    } catch (error) {
      if (!(error instanceof JoinCodeTaken) || attempt >= JOIN_CODE_ATTEMPTS) throw error;
    }
  }
}

/** "Principals · ALMA visit": the group first, since that is what tells boards apart. */
function groupBoardTitle(group: string, meeting: string): string {
  return Array.from(`${group} · ${meeting}`).slice(0, MAX_TITLE).join("").trim();
}

/** The agenda with each session's group spelled as the meeting spells it. */
function agendaOf(body: CreateMeetingBody): AgendaSession[] {
  return (body.agenda ?? []).map((s) => ({
    group: body.groups.find((name) => foldName(name) === foldName(s.group)) ?? s.group,
    title: s.title ?? "",
    start: s.start,
    end: s.end,
  }));
}
