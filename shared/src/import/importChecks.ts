import type { BoardState } from "../board";
import { BoardOpError } from "../errors";
import { cleanTitle, requireLaneId, requireString, requireTimestamp } from "../guards";
import { defaultBoardTitleIn } from "../i18n/defaults";
import { LANGUAGES } from "../i18n/languages";
import { DEFAULT_NOTE_COLOR, isNoteColor, MAX_AUTHOR, MAX_NOTE_TEXT } from "../note";
import { MAX_SUBTITLE, MAX_TITLE, textLength } from "../text";
import {
  countNotes,
  type ImportedLane,
  type ImportedNote,
  type ImportPlan,
  MAX_IMPORT_NOTES,
} from "./plan";

// Checks an import plan against the board before anything is written, turning it into exactly
// the values that will be stored. A plan may come from a client, so nothing is taken on trust;
// every problem is a BoardOpError naming the lane and note.

export type CheckedNote = {
  text: string;
  color: string;
  author: string | null;
  createdAt: number;
  priorVotes: number | null;
  /** What the plan's steps call it, if anything. */
  ref?: string;
};

export type CheckedLane = {
  lane: string;
  /** Only when lanes are to be renamed. */
  title?: string;
  subtitle?: string;
  notes: CheckedNote[];
  clusters: { title: string; priorVotes: number | null; notes: CheckedNote[]; ref?: string }[];
};

function list<T>(value: readonly T[] | undefined, where: string): readonly T[] {
  if (!Array.isArray(value)) throw new BoardOpError("invalid-input", `${where} must be a list`);
  return value;
}

function priorVotes(value: unknown, where: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new BoardOpError("invalid-input", `${where}: prior votes must be a whole number`);
  }
  return value;
}

/** A note's or cluster's `ref`, as `{ref}` to spread into its checked form, or nothing. */
function refOf(value: unknown, where: string): { ref?: string } {
  if (value === undefined) return {};
  if (typeof value !== "string")
    throw new BoardOpError("invalid-input", `${where}: ref must be a string`);
  return { ref: value };
}

function checkNote(note: ImportedNote, where: string, now: number): CheckedNote {
  const text = requireString(note?.text, `${where} text`);
  if (textLength(text) > MAX_NOTE_TEXT) {
    throw new BoardOpError("note-too-long", `${where} is longer than ${MAX_NOTE_TEXT} characters`);
  }
  const color = note.color ?? DEFAULT_NOTE_COLOR;
  if (!isNoteColor(color))
    throw new BoardOpError("invalid-input", `${where}: color must be #rrggbb`);
  const author = note.author ?? null;
  if (author !== null && (requireString(author, "author") === "" || author.length > MAX_AUTHOR)) {
    throw new BoardOpError("invalid-input", `${where}: author must be a participant id`);
  }
  return {
    text,
    color: color.toLowerCase(),
    author,
    createdAt: note.createdAt == null ? now : requireTimestamp(note.createdAt),
    priorVotes: priorVotes(note.priorVotes, where),
    ...refOf(note.ref, where),
  };
}

function checkLane(
  lane: ImportedLane,
  state: BoardState,
  rename: boolean,
  now: number,
): CheckedLane {
  const id = requireLaneId(state, lane?.lane);
  const where = `lane ${id}`;
  const notes = (items: readonly ImportedNote[], prefix: string) =>
    list(items, `${prefix} notes`).map((note, i) =>
      checkNote(note, `${prefix} note ${i + 1}`, now),
    );
  return {
    lane: id,
    ...(rename &&
      lane.title !== undefined && {
        title: cleanTitle(lane.title, `${where} title`, MAX_TITLE, false),
      }),
    ...(rename &&
      lane.subtitle !== undefined && {
        subtitle: cleanTitle(lane.subtitle, `${where} subtitle`, MAX_SUBTITLE, true),
      }),
    notes: notes(lane.notes, `${where},`),
    clusters: list(lane.clusters, `${where} clusters`).map((cluster, i) => {
      const prefix = `${where}, cluster ${i + 1}`;
      return {
        title: cleanTitle(cluster?.title, `${prefix} title`, MAX_TITLE, true),
        priorVotes: priorVotes(cluster.priorVotes, prefix),
        notes: notes(cluster.notes, `${prefix},`),
        ...refOf(cluster.ref, prefix),
      };
    }),
  };
}

/** The checked lanes, throwing on the first problem. */
export function checkPlan(
  plan: ImportPlan,
  state: BoardState,
  rename: boolean,
  now: number,
): CheckedLane[] {
  const lanes = list(plan?.lanes, "lanes").map((lane) => checkLane(lane, state, rename, now));
  if (countNotes(lanes) > MAX_IMPORT_NOTES) {
    throw new BoardOpError("invalid-input", `an import may add at most ${MAX_IMPORT_NOTES} notes`);
  }
  return lanes;
}

/** The refs of the checked lanes' notes and clusters. */
export function planRefs(lanes: readonly CheckedLane[]): Set<string> {
  const refs = new Set<string>();
  for (const lane of lanes) {
    for (const note of lane.notes) if (note.ref !== undefined) refs.add(note.ref);
    for (const cluster of lane.clusters) {
      if (cluster.ref !== undefined) refs.add(cluster.ref);
      for (const note of cluster.notes) if (note.ref !== undefined) refs.add(note.ref);
    }
  }
  return refs;
}

/** The plan's title if it should be set: asked for, offered, and the board has none yet. */
export function checkTitle(
  plan: ImportPlan,
  state: BoardState,
  wanted: boolean,
  stored: unknown,
): string | null {
  if (!wanted || plan.title === null || plan.title === undefined || plan.title.trim() === "")
    return null;
  // A board created in any language starts with that language's "Untitled board".
  const defaultTitles = LANGUAGES.map(defaultBoardTitleIn);
  const untitled =
    typeof stored !== "string" || stored.trim() === "" || defaultTitles.includes(state.title);
  return untitled ? cleanTitle(plan.title, "title", MAX_TITLE, false) : null;
}
