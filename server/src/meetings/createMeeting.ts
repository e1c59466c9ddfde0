import { DEFAULT_LANGUAGE, MAX_TITLE, newId, sharedWords } from "@roundtable/shared";
import { hashKey, newFacilitatorKey } from "../auth";
import { JOIN_CODE_ATTEMPTS, newBoard } from "../boards";
import {
  type AgendaSession,
  JoinCodeTaken,
  type MeetingRecord,
  type NewGroupBoard,
  type Storage,
} from "../storage/storage";
import { newJoinCode } from "./joinCodes";
import { type CreateMeetingBody, foldName } from "./meetingBody";
import { changedTemplate, defaultTemplate } from "./template";

/** An untitled meeting's title in English; in another language, its `meeting.untitled`. */
export const DEFAULT_MEETING_TITLE = sharedWords(DEFAULT_LANGUAGE)("meeting.untitled");

export type CreatedMeeting = {
  meeting: MeetingRecord;
  facilitatorKey: string;
  groups: NewGroupBoard[];
};

/**
 * Creates a meeting and one board per group from its template, all in one transaction. The
 * meeting's facilitator key is every group board's key too, so one link controls them all.
 * Lanes the body's template leaves as they are, and an untitled meeting's title, are in the
 * body's language (English without one); so are the group boards' lanes.
 */
export function createMeeting(
  storage: Storage,
  body: CreateMeetingBody,
  now = Date.now(),
): CreatedMeeting {
  const facilitatorKey = newFacilitatorKey();
  const facilitatorKeyHash = hashKey(facilitatorKey);
  const language = body.language ?? DEFAULT_LANGUAGE;
  const title = body.title || sharedWords(language)("meeting.untitled");
  const template = changedTemplate(defaultTemplate(language), body.template ?? {});
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
      const { board, initialState } = newBoard(
        groupBoardTitle(name, title),
        facilitatorKeyHash,
        now,
        template.lanes,
        joinCode,
      );
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
