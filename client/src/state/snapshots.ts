import type { Snapshot } from "@roundtable/shared";
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

/** Names a facilitator usually gives, offered as suggestions. */
export const SNAPSHOT_NAME_SUGGESTIONS = ["After small groups", "End of meeting"] as const;

export const MAX_SNAPSHOT_NAME = 100;

/** Why `name` cannot name a snapshot, or null when it can. */
export function snapshotNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return "Give the snapshot a name, such as “After small groups”.";
  if ([...trimmed].length > MAX_SNAPSHOT_NAME) {
    return `Keep the name to ${MAX_SNAPSHOT_NAME} characters or fewer.`;
  }
  return null;
}

/** When a snapshot was taken, in this laptop's language and time zone. */
export function formatTaken(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "at an unknown time";
  return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/** `tz=<this laptop's IANA zone>`, so the server names "Before …" snapshots in local time. */
export function timeZoneQuery(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
  return `tz=${encodeURIComponent(zone)}`;
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
  const body = await json<{ snapshots?: SnapshotEntry[] }>(response, "see the snapshots");
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
  return json<SnapshotEntry>(response, "take snapshots");
}

/**
 * Puts the board back the way snapshot `snapshotId` shows it, live for everyone; the server first
 * keeps the board as it is now as "Before restore HH:MM". Facilitator only.
 */
export async function restoreSnapshot(
  boardId: string,
  key: string,
  snapshotId: string,
): Promise<RestoredSnapshot> {
  const path = `snapshots/${encodeURIComponent(snapshotId)}/restore?${timeZoneQuery()}`;
  const response = await request(boardUrl(boardId, path), {
    method: "POST",
    headers: authHeaders(key),
  });
  return json<RestoredSnapshot>(response, "restore snapshots");
}

export async function fetchSnapshot(snapshotId: string): Promise<SnapshotDetail> {
  const response = await request(`/api/snapshots/${encodeURIComponent(snapshotId)}`);
  return json<SnapshotDetail>(response, "see this snapshot");
}

/** The board as it stands now, as the JSON export gives it (with hidden totals for the key). */
/** The board as a view link may read it: no board id, votes only once revealed. */
export async function fetchViewSnapshot(viewToken: string): Promise<Snapshot> {
  const response = await request(`/api/view/${encodeURIComponent(viewToken)}/export?format=json`);
  return json<Snapshot>(response, "see this board");
}

export async function fetchBoardSnapshot(boardId: string, key: string | null): Promise<Snapshot> {
  const response = await request(boardUrl(boardId, "export?format=json"), {
    headers: authHeaders(key),
  });
  return json<Snapshot>(response, "export with hidden votes");
}
