import { t } from "../i18n/i18n";
import { browserTimeZone } from "../state/download";
import { jsonFrom, request } from "../state/http";

// What `GET /api/boards/:id/progress` answers: where the next steps carried from the board this
// one continues stand, how the priorities and votes moved, and the series of boards so far.
// The answer is read tolerantly: a field missing reads as empty, never as a broken page.

/** A next step as progress names it; `due` is `YYYY-MM-DD` or "". */
export type StepRef = { id: string; text: string; owner: string; due: string };

/** A note or cluster, with the title of the lane it is (or was) in. */
export type ItemRef = { text: string; lane: string };

/** An item that changed priority; "up" is toward Priority one. */
export type MovedRef = { text: string; from: string; to: string; direction: "up" | "down" };

export type VoteChange = { text: string; before: number | null; after: number | null };

export type StepCounts = { done: number; open: number; overdue: number };

/** One board of the series: one meeting. */
export type SeriesRow = {
  id: string;
  title: string;
  /** When the board was made, in ms; null when not known. */
  createdAt: number | null;
  notes: number;
  steps: StepCounts;
  lanes: { title: string; notes: number }[];
};

export type Progress = {
  continues: { id: string; title: string } | null;
  steps: { done: StepRef[]; open: StepRef[]; overdue: StepRef[] };
  priorities: { new: ItemRef[]; moved: MovedRef[]; dropped: ItemRef[] };
  votes: VoteChange[];
  /** Oldest first, this board last. */
  series: SeriesRow[];
};

type Loose = Record<string, unknown>;

const record = (value: unknown): Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === "string" ? value : "");
const count = (value: unknown): number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : 0;
const votes = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null;

/** A time in ms, from ms or an ISO 8601 text; null when it is neither. */
function time(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value !== "string") return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function stepRef(value: unknown): StepRef {
  const step = record(value);
  return { id: text(step.id), text: text(step.text), owner: text(step.owner), due: text(step.due) };
}

function itemRef(value: unknown): ItemRef {
  const item = record(value);
  return { text: text(item.text), lane: text(item.lane) };
}

function movedRef(value: unknown): MovedRef {
  const item = record(value);
  return {
    text: text(item.text),
    from: text(item.from),
    to: text(item.to),
    direction: item.direction === "down" ? "down" : "up",
  };
}

function seriesRow(value: unknown): SeriesRow {
  const row = record(value);
  const steps = record(row.steps);
  return {
    id: text(row.id),
    title: text(row.title),
    createdAt: time(row.createdAt),
    notes: count(row.notes),
    steps: { done: count(steps.done), open: count(steps.open), overdue: count(steps.overdue) },
    lanes: list(row.lanes).map((lane) => ({
      title: text(record(lane).title),
      notes: count(record(lane).notes),
    })),
  };
}

/** The server's answer as the view reads it. */
export function readProgress(value: unknown): Progress {
  const answer = record(value);
  const continues = record(answer.continues);
  const steps = record(answer.steps);
  const priorities = record(answer.priorities);
  return {
    continues:
      typeof continues.id === "string" && continues.id !== ""
        ? { id: continues.id, title: text(continues.title) }
        : null,
    steps: {
      done: list(steps.done).map(stepRef),
      open: list(steps.open).map(stepRef),
      overdue: list(steps.overdue).map(stepRef),
    },
    priorities: {
      new: list(priorities.new).map(itemRef),
      moved: list(priorities.moved).map(movedRef),
      dropped: list(priorities.dropped).map(itemRef),
    },
    votes: list(answer.votes).map((change) => {
      const entry = record(change);
      return { text: text(entry.text), before: votes(entry.before), after: votes(entry.after) };
    }),
    series: list(answer.series).map(seriesRow),
  };
}

/** Where to ask; `tz` makes "overdue" mean past the reader's own today. */
export function progressUrl(boardId: string, timeZone: string | null = browserTimeZone()): string {
  const zone = timeZone ? `?tz=${encodeURIComponent(timeZone)}` : "";
  return `/api/boards/${encodeURIComponent(boardId)}/progress${zone}`;
}

export async function fetchProgress(boardId: string): Promise<Progress> {
  const response = await request(progressUrl(boardId));
  return readProgress(await jsonFrom<unknown>(response, t("state:http.action.seeBoard")));
}
