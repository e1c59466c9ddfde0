import type { Snapshot } from "@roundtable/shared";
import { formatDateTime } from "../i18n/format";
import { currentLanguage, t } from "../i18n/i18n";
import { authHeaders, jsonFrom as json, request } from "./http";

/** A named, frozen copy of a board, kept by the server. */
export type SnapshotEntry = { id: string; name: string; createdAt: string; url: string };

/** One snapshot with its content, and the same board's other snapshots for comparing. */
export type SnapshotDetail = {
  id: string;
  name: string;
  createdAt: string;
  snapshot: Snapshot;
  others: { id: string; name: string; createdAt: string }[];
};

/** Names a facilitator usually gives, offered as suggestions, in the page's language. */
export function snapshotNameSuggestions(): string[] {
  return [t("state:snapshot.suggestion.afterGroups"), t("state:snapshot.suggestion.endOfMeeting")];
}

export const MAX_SNAPSHOT_NAME = 100;

/** Why `name` cannot name a snapshot, or null when it can. */
export function snapshotNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) {
    return t("state:snapshot.nameMissing", { example: t("state:snapshot.suggestion.afterGroups") });
  }
  if ([...trimmed].length > MAX_SNAPSHOT_NAME) {
    return t("state:snapshot.nameTooLong", { max: MAX_SNAPSHOT_NAME });
  }
  return null;
}

/** When a snapshot was taken, in the page's language and this laptop's time zone. */
export function formatTaken(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return t("state:snapshot.unknownTime");
  return formatDateTime(date);
}

/** `tz=<this laptop's IANA zone>`, so the server names "Before …" snapshots in local time. */
export function timeZoneQuery(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
  return `tz=${encodeURIComponent(zone)}`;
}

/** `lang=<the page's language>`, so the server names "Before …" snapshots in it. */
export function languageQuery(): string {
  return `lang=${encodeURIComponent(currentLanguage())}`;
}

/** What the server says after restoring a snapshot: what came back, and the board as it was. */
export type RestoredSnapshot = {
  restored: { notes: number; clusters: number };
  before: SnapshotEntry;
};

function boardUrl(boardId: string, rest: string): string {
  return `/api/boards/${encodeURIComponent(boardId)}/${rest}`;
}

/** The board's snapshots, newest first. */
export async function listSnapshots(boardId: string): Promise<SnapshotEntry[]> {
  const response = await request(boardUrl(boardId, "snapshots"));
  const body = await json<{ snapshots?: SnapshotEntry[] }>(
    response,
    t("state:http.action.seeSnapshots"),
  );
  return body.snapshots ?? [];
}

/** Keeps the board as it stands now under `name`. */
export async function takeSnapshot(
  boardId: string,
  key: string | null,
  name: string,
): Promise<SnapshotEntry> {
  const response = await request(boardUrl(boardId, "snapshots"), {
    method: "POST",
    headers: { ...authHeaders(key), "content-type": "application/json" },
    body: JSON.stringify({ name: name.trim() }),
  });
  return json<SnapshotEntry>(response, t("state:http.action.takeSnapshots"));
}

/**
 * Puts the board back the way snapshot `snapshotId` shows it, live for everyone; the server first
 * keeps the board as it is now as "Before restore HH:MM", in this laptop's time and the page's
 * language. Facilitator only.
 */
export async function restoreSnapshot(
  boardId: string,
  key: string,
  snapshotId: string,
): Promise<RestoredSnapshot> {
  const query = `${timeZoneQuery()}&${languageQuery()}`;
  const path = `snapshots/${encodeURIComponent(snapshotId)}/restore?${query}`;
  const response = await request(boardUrl(boardId, path), {
    method: "POST",
    headers: authHeaders(key),
  });
  return json<RestoredSnapshot>(response, t("state:http.action.restoreSnapshots"));
}

export async function fetchSnapshot(snapshotId: string): Promise<SnapshotDetail> {
  const response = await request(`/api/snapshots/${encodeURIComponent(snapshotId)}`);
  return json<SnapshotDetail>(response, t("state:http.action.seeSnapshot"));
}

/** The board as it stands now, as the JSON export gives it (with hidden totals for the key). */
/** The board as a view link may read it: no board id, votes only once revealed. */
export async function fetchViewSnapshot(viewToken: string): Promise<Snapshot> {
  const response = await request(`/api/view/${encodeURIComponent(viewToken)}/export?format=json`);
  return json<Snapshot>(response, t("state:http.action.seeBoard"));
}

export async function fetchBoardSnapshot(boardId: string, key: string | null): Promise<Snapshot> {
  const response = await request(boardUrl(boardId, "export?format=json"), {
    headers: authHeaders(key),
  });
  return json<Snapshot>(response, t("state:http.action.exportHiddenVotes"));
}
