import { currentLanguage, t } from "../i18n/i18n";
import { browserTimeZone, type ExportFormat, exportQuery } from "./download";
import { authHeaders, jsonFrom as json, request } from "./http";

/** One group of a meeting: its own board, and the code its people type to join it. */
export type MeetingGroup = { name: string; boardId: string; joinCode: string; joinUrl: string };

export type AgendaItem = { group: string; title: string; start: string; end: string };

export type TemplateLane = { id: string; title: string; subtitle: string };

/** What every group's board starts from; the facilitator may change it for all at once. */
export type MeetingTemplate = {
  lanes: TemplateLane[];
  votes: { budget: number; perLane: boolean };
};

export type Meeting = {
  id: string;
  title: string;
  /** When it was created, in ms. */
  createdAt: number;
  agenda: AgendaItem[];
  template: MeetingTemplate;
  groups: MeetingGroup[];
  /** The server's addresses on the local network, for laptops in the room; maybe none. */
  joinAddresses: string[];
};

export type CreatedMeeting = {
  id: string;
  title: string;
  facilitatorKey: string;
  facilitatorUrl: string;
  groups: MeetingGroup[];
};

export type ResolvedCode = {
  code: string;
  boardId: string;
  group: string;
  meetingTitle: string;
  joinUrl: string;
};

export type TemplateChange = {
  lanes?: { id: string; title?: string; subtitle?: string }[];
  votes?: { budget?: number; perLane?: boolean };
};

/** Group names from a textarea: one a line, blank lines and surrounding spaces dropped. */
export function groupNamesFrom(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** A typed code as the server reads it: upper case, without spaces and hyphens. */
export function normalizeJoinCode(text: string): string {
  return text.replace(/[\s-]+/g, "").toUpperCase();
}

const meetingUrl = (meetingId: string, rest = "") =>
  `/api/meetings/${encodeURIComponent(meetingId)}${rest}`;

export async function createMeeting(
  title: string,
  groups: string[],
  agenda: AgendaItem[] = [],
  /**
   * The meeting this one follows up (each group continues its group of the same name) and
   * whether the earlier groups' notes come over into Unsorted; null for a fresh start.
   */
  continuing: { continues: string; carryNotes: boolean } | null = null,
): Promise<CreatedMeeting> {
  const response = await request("/api/meetings", {
    method: "POST",
    headers: { "content-type": "application/json" },
    // The language the meeting's boards and their default lanes are written in: the page's.
    body: JSON.stringify({
      title: title.trim(),
      groups,
      ...(agenda.length > 0 && { agenda }),
      language: currentLanguage(),
      ...(continuing && { continues: continuing.continues }),
      ...(continuing?.carryNotes && { carryNotes: true }),
    }),
  });
  return json<CreatedMeeting>(response, t("state:http.action.createMeeting"));
}

export async function fetchMeeting(meetingId: string): Promise<Meeting> {
  const response = await request(meetingUrl(meetingId));
  return json<Meeting>(response, t("state:http.action.seeMeeting"));
}

/** The board a join code leads to; a 404 means nobody has that code. */
export async function resolveJoinCode(text: string): Promise<ResolvedCode> {
  const code = encodeURIComponent(normalizeJoinCode(text));
  const response = await request(`/api/join/${code}`);
  return json<ResolvedCode>(response, t("state:http.action.join"));
}

/**
 * What differs between two templates, as a change the server takes: only the lanes and vote
 * settings that differ, so a lane one group renamed for itself keeps its name unless the
 * facilitator renames that lane for all. Null when nothing differs.
 */
export function templateChange(
  before: MeetingTemplate,
  after: MeetingTemplate,
): TemplateChange | null {
  const lanes = after.lanes.flatMap(({ id, title, subtitle }) => {
    const old = before.lanes.find((lane) => lane.id === id);
    const edit = {
      ...(title !== old?.title && { title }),
      ...(subtitle !== old?.subtitle && { subtitle }),
    };
    return Object.keys(edit).length > 0 ? [{ id, ...edit }] : [];
  });
  const votes = {
    ...(after.votes.budget !== before.votes.budget && { budget: after.votes.budget }),
    ...(after.votes.perLane !== before.votes.perLane && { perLane: after.votes.perLane }),
  };
  const change: TemplateChange = {
    ...(lanes.length > 0 && { lanes }),
    ...(Object.keys(votes).length > 0 && { votes }),
  };
  return Object.keys(change).length > 0 ? change : null;
}

/** Changes the lanes and vote settings of every group's board at once. */
export async function changeTemplate(
  meetingId: string,
  key: string,
  change: TemplateChange,
): Promise<{ template: MeetingTemplate; groups?: number }> {
  const response = await request(meetingUrl(meetingId, "/template"), {
    method: "PATCH",
    headers: { ...authHeaders(key), "content-type": "application/json" },
    body: JSON.stringify(change),
  });
  return json<{ template: MeetingTemplate; groups?: number }>(
    response,
    t("state:http.action.changeTemplate"),
  );
}

/** Every group's notes in one file; `merge` joins clusters of the same title across groups. */
export function meetingExportUrl(
  meetingId: string,
  format: ExportFormat,
  merge: boolean,
  timeZone = browserTimeZone(),
): string {
  const query = `${exportQuery(format, timeZone)}${merge ? "&merge=clusters" : ""}`;
  return meetingUrl(meetingId, `/export?${query}`);
}
