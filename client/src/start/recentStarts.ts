import type { ContinueKind } from "./continueFrom";

// The boards and meetings started from this laptop's start page, newest first, so "Continue
// from (link or id)" can offer them: the facilitator of a monthly meeting usually starts the
// next one where they started the last. Only ids and titles are kept, never a facilitator key.

export type RecentStart = { kind: ContinueKind; id: string; title: string; at: number };

const KEY = "roundtable:recentStarts";
/** Enough for a year of monthly meetings, of both kinds. */
const MAX_KEPT = 24;

function isRecentStart(value: unknown): value is RecentStart {
  if (typeof value !== "object" || value === null) return false;
  const { kind, id, title, at } = value as Record<string, unknown>;
  return (
    (kind === "board" || kind === "meeting") &&
    typeof id === "string" &&
    typeof title === "string" &&
    typeof at === "number"
  );
}

function readAll(): RecentStart[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(value) ? value.filter(isRecentStart) : [];
  } catch {
    return [];
  }
}

/** What was started here of `kind`, newest first. */
export function recentStarts(kind: ContinueKind): RecentStart[] {
  return readAll().filter((start) => start.kind === kind);
}

/** Remembers a board or meeting just started here (the same id once, at its newest). */
export function rememberStart(start: Omit<RecentStart, "at">, at = Date.now()): void {
  const others = readAll().filter((old) => !(old.kind === start.kind && old.id === start.id));
  try {
    localStorage.setItem(KEY, JSON.stringify([{ ...start, at }, ...others].slice(0, MAX_KEPT)));
  } catch {
    // Storage full or refused (a private window): the list is a convenience.
  }
}
