import type * as Y from "yjs";
import { TRASH_FIELDS, trashMap } from "./doc";
import { INBOX_LANE_ID } from "./lane";
import { DEFAULT_NOTE_COLOR, isNoteColor, readPriorVotes } from "./note";

/** A deleted note as the board's trash keeps it: what restoring needs, and who deleted it when. */
export type TrashEntry = {
  /** The note's id: a restore puts the note back under it, so its votes come back too. */
  id: string;
  text: string;
  lane: string;
  cluster: string | null;
  clusterTitle: string | null;
  color: string;
  author: string | null;
  createdAt: number | null;
  order: string;
  priorVotes: number | null;
  deletedBy: string | null;
  deletedAt: number;
};

/** How long a deleted note waits in the trash before it is purged. */
export const TRASH_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function time(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * A stored trash entry as a plain record, or null when it is not one of ours (not a plain
 * object, or without a deletion time). Other fields fall back to defaults.
 */
export function readTrashEntry(id: string, value: unknown): TrashEntry | null {
  if (!isPlainObject(value)) return null;
  const deletedAt = time(value[TRASH_FIELDS.deletedAt]);
  if (deletedAt === null) return null;
  const color = value[TRASH_FIELDS.color];
  const text = value[TRASH_FIELDS.text];
  const order = value[TRASH_FIELDS.order];
  const cluster = optionalString(value[TRASH_FIELDS.cluster]);
  const clusterTitle = value[TRASH_FIELDS.clusterTitle];
  return {
    id,
    text: typeof text === "string" ? text : "",
    lane: optionalString(value[TRASH_FIELDS.lane]) ?? INBOX_LANE_ID,
    cluster,
    clusterTitle: cluster !== null && typeof clusterTitle === "string" ? clusterTitle : null,
    color: isNoteColor(color) ? color.toLowerCase() : DEFAULT_NOTE_COLOR,
    author: optionalString(value[TRASH_FIELDS.author]),
    createdAt: time(value[TRASH_FIELDS.createdAt]),
    order: typeof order === "string" ? order : "",
    priorVotes: readPriorVotes(value[TRASH_FIELDS.priorVotes]),
    deletedBy: optionalString(value[TRASH_FIELDS.deletedBy]),
    deletedAt,
  };
}

/** The author a stored entry names, whatever else it holds; null for anything not an entry. */
export function trashEntryAuthor(value: unknown): string | null {
  return isPlainObject(value) ? optionalString(value[TRASH_FIELDS.author]) : null;
}

/** The entry as stored: a plain object, written whole. */
export function trashValue(entry: Omit<TrashEntry, "id">): Record<string, string | number | null> {
  return {
    [TRASH_FIELDS.text]: entry.text,
    [TRASH_FIELDS.lane]: entry.lane,
    [TRASH_FIELDS.cluster]: entry.cluster,
    [TRASH_FIELDS.clusterTitle]: entry.clusterTitle,
    [TRASH_FIELDS.color]: entry.color,
    [TRASH_FIELDS.author]: entry.author,
    [TRASH_FIELDS.createdAt]: entry.createdAt,
    [TRASH_FIELDS.order]: entry.order,
    [TRASH_FIELDS.priorVotes]: entry.priorVotes,
    [TRASH_FIELDS.deletedBy]: entry.deletedBy,
    [TRASH_FIELDS.deletedAt]: entry.deletedAt,
  };
}

/** The trash, newest deletion first (then by id, so every laptop lists it alike). */
export function readTrash(doc: Y.Doc): TrashEntry[] {
  const entries: TrashEntry[] = [];
  for (const [id, value] of trashMap(doc)) {
    const entry = readTrashEntry(id, value);
    if (entry) entries.push(entry);
  }
  return entries.sort((a, b) => b.deletedAt - a.deletedAt || (a.id < b.id ? -1 : 1));
}

/** Who asks to restore: the facilitator may restore any note, anyone else their own. */
export type Restorer = { facilitator: boolean; participantId: string | null };

export function mayRestore(entry: Pick<TrashEntry, "author">, who: Restorer): boolean {
  return who.facilitator || (who.participantId !== null && entry.author === who.participantId);
}
