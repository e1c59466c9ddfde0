import { isValidBoardId, meetingExportFileName } from "@roundtable/shared";
import { type Context, Hono } from "hono";
import { type ContinuingMeeting, createMeeting } from "../meetings/createMeeting";
import { loadEarlierMeeting } from "../meetings/earlierMeeting";
import { createMeetingBody, templateChange } from "../meetings/meetingBody";
import { MEETING_RENDERERS, meetingSnapshot } from "../meetings/meetingSnapshot";
import { applyTemplateChange, changedTemplate } from "../meetings/template";
import type { MeetingGroupRecord, MeetingRecord, Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { sendDownload } from "./boardParam";
import { apiError } from "./errors";
import { facilitatorKeyOf, requireFacilitator } from "./facilitatorKey";
import { readJsonBody } from "./jsonBody";

/** The meeting named by the `:id` parameter, or the 400 or 404 to answer. */
export function meetingOf(c: Context, storage: Storage): MeetingRecord | Response {
  const id = c.req.param("id");
  if (!isValidBoardId(id)) return apiError(c, 400, "malformed-id", "malformed meeting id");
  const meeting = storage.getMeeting(id);
  if (!meeting) return apiError(c, 404, "unknown-meeting", "no meeting with this id");
  return meeting;
}

function groupJson(origin: string, group: MeetingGroupRecord) {
  return {
    name: group.name,
    boardId: group.boardId,
    joinCode: group.joinCode,
    joinUrl: `${origin}/b/${group.boardId}`,
  };
}

/**
 * `/api/meetings`: several group boards under one facilitator. `joinAddresses` lists the
 * server's addresses on the local network, for laptops in the room.
 */
export function meetingRoutes(storage: Storage, rooms: Rooms, joinAddresses: () => string[]) {
  const app = new Hono();

  app.post("/", async (c) => {
    const body = await readJsonBody(c, createMeetingBody);
    if (body instanceof Response) return body;
    let continuing: ContinuingMeeting | undefined;
    if (body.continues !== undefined) {
      const earlier = loadEarlierMeeting(rooms, storage, body.continues, body.groups);
      if (!earlier)
        return apiError(c, 404, "unknown-meeting", "no meeting with this id to continue");
      continuing = { earlier, maxBoardBytes: rooms.limits.maxBoardBytes };
    }
    const { meeting, facilitatorKey, groups } = createMeeting(
      storage,
      body,
      Date.now(),
      continuing,
    );
    // The lanes are in the boards' first state; vote settings live in their control documents
    // (a continued meeting's come from the earlier meeting's template).
    const votes = continuing ? meeting.template.votes : body.template?.votes;
    if (votes) {
      applyTemplateChange(
        rooms,
        groups.map(({ board }) => board.id),
        { votes },
      );
    }
    const origin = new URL(c.req.url).origin;
    return c.json(
      {
        id: meeting.id,
        title: meeting.title,
        facilitatorKey,
        facilitatorUrl: `${origin}/m/${meeting.id}#key=${facilitatorKey}`,
        groups: groups.map(({ group }) => groupJson(origin, group)),
      },
      201,
    );
  });

  // Open to whoever has the meeting id, like a board to whoever has its id: the id is in the
  // facilitator's link only, and what it shows (the groups' join links) lets one join, not lead.
  app.get("/:id", (c) => {
    const meeting = meetingOf(c, storage);
    if (meeting instanceof Response) return meeting;
    const origin = new URL(c.req.url).origin;
    return c.json({
      id: meeting.id,
      title: meeting.title,
      createdAt: meeting.createdAt,
      agenda: meeting.agenda,
      template: meeting.template,
      groups: storage.meetingGroups(meeting.id).map((group) => groupJson(origin, group)),
      joinAddresses: joinAddresses(),
    });
  });

  // Like a board's export: open to whoever has the id; the key adds totals not yet revealed.
  app.get("/:id/export", (c) => {
    const meeting = meetingOf(c, storage);
    if (meeting instanceof Response) return meeting;
    const key = facilitatorKeyOf(c, meeting);
    if (key === "wrong") return requireFacilitator(c, meeting, "meeting") as Response;
    const merge = c.req.query("merge");
    if (merge !== undefined && merge !== "clusters") {
      return apiError(c, 400, "unknown-merge", "merge is `clusters` or left out");
    }
    const options = { withHiddenVotes: key === "right", mergeClusters: merge === "clusters" };
    return sendDownload(
      c,
      () => meetingSnapshot(rooms, storage, meeting, options),
      MEETING_RENDERERS,
      meetingExportFileName,
    );
  });

  app.patch("/:id/template", async (c) => {
    const meeting = meetingOf(c, storage);
    if (meeting instanceof Response) return meeting;
    const refused = requireFacilitator(c, meeting, "meeting");
    if (refused) return refused;
    const change = await readJsonBody(c, templateChange);
    if (change instanceof Response) return change;
    const template = changedTemplate(meeting.template, change);
    const boardIds = storage.meetingGroups(meeting.id).map((group) => group.boardId);
    // Boards first: one past its size cap refuses the change (413) before the template is kept.
    applyTemplateChange(rooms, boardIds, change);
    storage.setMeetingTemplate(meeting.id, template);
    return c.json({ template, groups: boardIds.length });
  });

  return app;
}
