import * as Y from "yjs";
import { NOTE_FIELDS } from "./doc";
import { INBOX_LANE_ID } from "./lane";

/** A note as the interface sees it, read tolerantly from the document. */
export type Note = {
  id: string;
  text: string;
  lane: string;
  cluster: string | null;
  /** Empty when the writer gave no key; such notes sort last. */
  order: string;
  color: string;
  author: string | null;
  createdAt: number | null;
  /** Vote total carried over from the board this note was imported from; null when none. */
  priorVotes: number | null;
};

/** Longest note text, in Unicode code points. */
export const MAX_NOTE_TEXT = 2000;

/** Longest participant id stored as a note's author. */
export const MAX_AUTHOR = 128;

/** Pale sticky colours that keep dark text readable. */
export const NOTE_COLORS = [
  "#fde68a",
  "#fbcfe8",
  "#bfdbfe",
  "#bbf7d0",
  "#fed7aa",
  "#ddd6fe",
] as const;

export type NoteColor = (typeof NOTE_COLORS)[number];

/** Names for colour pickers and screen readers. */
export const NOTE_COLOR_NAMES: Readonly<Record<NoteColor, string>> = {
  "#fde68a": "Yellow",
  "#fbcfe8": "Pink",
  "#bfdbfe": "Blue",
  "#bbf7d0": "Green",
  "#fed7aa": "Orange",
  "#ddd6fe": "Purple",
};

export const DEFAULT_NOTE_COLOR: NoteColor = "#fde68a";

// Only plain hex reaches style attributes, whatever another program stored.
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function isNoteColor(value: unknown): value is string {
  return typeof value === "string" && HEX_COLOR.test(value);
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** A vote total as stored by an import: a whole number of at least 0, else null. */
export function readPriorVotes(value: unknown): number | null {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** Note text whether it was stored as Y.Text (ours) or as a plain string (other writers). */
export function readNoteText(value: unknown): string {
  if (value instanceof Y.Text) return value.toString();
  return typeof value === "string" ? value : "";
}

/**
 * Turns a stored note into a plain record, filling defaults for anything missing or of the
 * wrong type. Returns null only when the entry is not a map at all.
 */
export function readNote(id: string, value: unknown): Note | null {
  if (!(value instanceof Y.Map)) return null;
  const map = value as Y.Map<unknown>;
  const color = map.get(NOTE_FIELDS.color);
  const createdAt = map.get(NOTE_FIELDS.createdAt);
  const order = map.get(NOTE_FIELDS.order);
  return {
    id,
    text: readNoteText(map.get(NOTE_FIELDS.text)),
    lane: nonEmptyString(map.get(NOTE_FIELDS.lane)) ?? INBOX_LANE_ID,
    cluster: nonEmptyString(map.get(NOTE_FIELDS.cluster)),
    order: typeof order === "string" ? order : "",
    color: isNoteColor(color) ? color.toLowerCase() : DEFAULT_NOTE_COLOR,
    author: nonEmptyString(map.get(NOTE_FIELDS.author)),
    createdAt: typeof createdAt === "number" && Number.isFinite(createdAt) ? createdAt : null,
    priorVotes: readPriorVotes(map.get(NOTE_FIELDS.priorVotes)),
  };
}
