import {
  DEFAULT_LANGUAGE,
  DEFAULT_VOTE_BUDGET,
  defaultLanesIn,
  isBoardOpError,
  type Language,
  renameLane,
  setVoteSettings,
} from "@roundtable/shared";
import type { MeetingTemplate, TemplateLane } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import type { TemplateChange } from "./meetingBody";

/** A new meeting's template: the default lanes, titled in `language`, and the default votes. */
export function defaultTemplate(language: Language = DEFAULT_LANGUAGE): MeetingTemplate {
  return {
    lanes: defaultLanesIn(language).map(({ id, title, subtitle }) => ({ id, title, subtitle })),
    votes: { budget: DEFAULT_VOTE_BUDGET, perLane: false },
  };
}

/** The template with `change` laid over it; lanes keep their order. */
export function changedTemplate(
  template: MeetingTemplate,
  change: TemplateChange,
): MeetingTemplate {
  return {
    lanes: template.lanes.map((lane) => {
      const edit = change.lanes?.find((l) => l.id === lane.id);
      return {
        id: lane.id,
        title: edit?.title ?? lane.title,
        subtitle: edit?.subtitle ?? lane.subtitle,
      };
    }),
    votes: { ...template.votes, ...change.votes },
  };
}

/**
 * A continued group's lanes: the template's, with the titles the group's earlier board had (a
 * group may have renamed its own), then what `change` names, as for every group.
 */
export function continuedLanes(
  template: MeetingTemplate,
  earlier: readonly TemplateLane[],
  change: TemplateChange,
): TemplateLane[] {
  const lanes = template.lanes.map((lane) => earlier.find((e) => e.id === lane.id) ?? lane);
  return changedTemplate({ lanes, votes: template.votes }, { lanes: change.lanes }).lanes;
}

/**
 * Applies a template change to every group board, each in one transaction of its live room: it
 * is stored, then on every laptop of that group at once. Only what the change names is written,
 * so a lane a group renamed for itself keeps its name until the template renames that lane.
 * The lanes change on all group boards or on none: when one board would pass its size cap,
 * BoardFullError is thrown before anything is stored.
 */
export function applyTemplateChange(
  rooms: Rooms,
  boardIds: readonly string[],
  change: TemplateChange,
): void {
  if (change.lanes?.length) {
    rooms.changeBoards(boardIds, (doc) => {
      for (const { id, title, subtitle } of change.lanes ?? []) {
        try {
          renameLane(doc, id, { title, subtitle }, "server");
        } catch (error) {
          // A lane another program removed from this board: the other lanes still change.
          if (!isBoardOpError(error) || error.code !== "unknown-lane") throw error;
        }
      }
    });
  }
  for (const boardId of boardIds) {
    const votes = change.votes;
    if (votes && (votes.budget !== undefined || votes.perLane !== undefined)) {
      rooms.changeControl(boardId, (doc) => setVoteSettings(doc, votes));
      // The write check reads the new budget, and progress and totals follow it.
      rooms.controls.controlChanged(boardId);
    }
  }
}
