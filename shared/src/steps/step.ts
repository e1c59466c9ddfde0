import * as Y from "yjs";
import { type RecordMap, STEP_FIELDS, stepsMap } from "../doc";

// A next step: what will be done about a note or a cluster, by whom, by when and how the group
// will know, read tolerantly from the board document like notes are.

export type Step = {
  id: string;
  text: string;
  /** Who does it, as typed; "" when nobody is named yet. */
  owner: string;
  /** `YYYY-MM-DD`, or "" for no date. */
  due: string;
  /** "How we'll know"; "" when not said. */
  measure: string;
  done: boolean;
  /** The note or cluster it follows from ("" for a step of the whole board). */
  item: string;
  /** When it was first set, in ms (kept when carried to the next board). */
  createdAt: number | null;
  /** Who first set it, as a name; "" when not known. */
  createdBy: string;
  /** The board it came over from, or null. */
  carriedFrom: string | null;
};

/** Longest step text, measure and owner, in characters. */
export const MAX_STEP_TEXT = 500;
export const MAX_STEP_MEASURE = 300;
export const MAX_STEP_OWNER = 60;

/** Most steps one board holds: more than any meeting writes, few enough to list at once. */
export const MAX_STEPS = 500;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isStepDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function text(value: unknown): string {
  if (value instanceof Y.Text) return value.toString();
  return typeof value === "string" ? value : "";
}

function plain(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** One stored step as a plain record, or null when it is not a map. */
export function readStep(id: string, value: unknown): Step | null {
  if (!(value instanceof Y.Map)) return null;
  const map = value as RecordMap;
  const due = map.get(STEP_FIELDS.due);
  const createdAt = map.get(STEP_FIELDS.createdAt);
  const carriedFrom = map.get(STEP_FIELDS.carriedFrom);
  return {
    id,
    text: text(map.get(STEP_FIELDS.text)),
    owner: plain(map.get(STEP_FIELDS.owner)),
    due: isStepDate(due) ? due : "",
    measure: plain(map.get(STEP_FIELDS.measure)),
    done: map.get(STEP_FIELDS.done) === true,
    item: plain(map.get(STEP_FIELDS.item)),
    createdAt: typeof createdAt === "number" && Number.isFinite(createdAt) ? createdAt : null,
    createdBy: plain(map.get(STEP_FIELDS.createdBy)),
    carriedFrom: typeof carriedFrom === "string" && carriedFrom !== "" ? carriedFrom : null,
  };
}

/** Every step of the board, oldest first (by when it was first set, then by id). */
export function readSteps(doc: Y.Doc): Step[] {
  const steps: Step[] = [];
  for (const [id, value] of stepsMap(doc)) {
    const step = readStep(id, value);
    if (step) steps.push(step);
  }
  return steps.sort(
    (a, b) => (a.createdAt ?? 0) - (b.createdAt ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Whether an open step's date has passed on `today` (`YYYY-MM-DD`, the reader's own day). */
export function isOverdue(step: Pick<Step, "done" | "due">, today: string): boolean {
  return !step.done && step.due !== "" && step.due < today;
}

/** `YYYY-MM-DD` of `at` in the time zone of this runtime (the reader's day, not UTC's). */
export function localDay(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
