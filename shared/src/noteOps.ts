import * as Y from "yjs";
import { type BoardState, notesInLane, readBoard } from "./board";
import { NOTE_FIELDS, notesMap, type Origin } from "./doc";
import { BoardOpError } from "./errors";
import {
  type Position,
  requireClusterId,
  requireLaneId,
  requireNoteRecord,
  requireString,
  requireTimestamp,
} from "./guards";
import { isValidRecordId, newId } from "./ids";
import { DEFAULT_NOTE_COLOR, isNoteColor, MAX_AUTHOR } from "./note";
import { checkNoteText } from "./noteTextOps";
import { planPlacement, writeOrders } from "./placement";
import { moveToTrash, type TrashInput } from "./trashOps";

export type AddNoteInput = Position & {
  lane: string;
  text?: string;
  color?: string;
  author?: string | null;
  id?: string;
  cluster?: string | null;
  createdAt?: number;
};

export type MoveNoteInput = Position & {
  lane: string;
  /** Cluster to join in the target lane; null leaves any cluster; omitted keeps it if possible. */
  cluster?: string | null;
};

/** The named cluster if it lives in `lane`; throws otherwise. */
function clusterFor(state: BoardState, lane: string, cluster: string): string {
  const id = requireClusterId(state, cluster);
  if (state.clusters.find((c) => c.id === id)?.lane !== lane) {
    throw new BoardOpError("invalid-input", `cluster ${id} is not in lane ${lane}`);
  }
  return id;
}

export function addNote(doc: Y.Doc, input: AddNoteInput, origin: Origin = "local"): string {
  const state = readBoard(doc);
  const lane = requireLaneId(state, input.lane);
  const text = input.text === undefined ? "" : requireString(input.text, "text");
  checkNoteText("", text);
  const color = input.color ?? DEFAULT_NOTE_COLOR;
  if (!isNoteColor(color)) throw new BoardOpError("invalid-input", "color must be #rrggbb");
  const author = input.author ?? null;
  if (author !== null && (requireString(author, "author") === "" || author.length > MAX_AUTHOR)) {
    throw new BoardOpError("invalid-input", "author must be a participant id");
  }
  const id = input.id ?? newId();
  if (!isValidRecordId(id) || notesMap(doc).has(id)) {
    throw new BoardOpError("invalid-input", `note id ${String(id)} is invalid or taken`);
  }
  const cluster = input.cluster == null ? null : clusterFor(state, lane, input.cluster);
  const createdAt = input.createdAt === undefined ? Date.now() : requireTimestamp(input.createdAt);
  const placement = planPlacement(notesInLane(state, lane), input, "note");

  doc.transact(() => {
    const note = new Y.Map<unknown>();
    note.set(NOTE_FIELDS.text, new Y.Text(text));
    note.set(NOTE_FIELDS.lane, lane);
    if (cluster !== null) note.set(NOTE_FIELDS.cluster, cluster);
    note.set(NOTE_FIELDS.order, placement.order);
    note.set(NOTE_FIELDS.color, color.toLowerCase());
    if (author !== null) note.set(NOTE_FIELDS.author, author);
    note.set(NOTE_FIELDS.createdAt, createdAt);
    writeOrders(notesMap(doc), NOTE_FIELDS.order, placement.reordered);
    notesMap(doc).set(id, note);
  }, origin);
  return id;
}

/** The note's cluster if that cluster lives in `lane`, else null. */
function keptCluster(state: BoardState, id: string, lane: string): string | null {
  const current = state.notes.find((note) => note.id === id)?.cluster ?? null;
  return state.clusters.find((c) => c.id === current)?.lane === lane ? current : null;
}

/**
 * Moves a note to a lane and position. A note leaves its cluster when it lands in a different
 * lane, since a cluster's notes all live in the cluster's lane.
 */
export function moveNote(
  doc: Y.Doc,
  id: string,
  input: MoveNoteInput,
  origin: Origin = "local",
): void {
  const note = requireNoteRecord(notesMap(doc), id);
  const state = readBoard(doc);
  const lane = requireLaneId(state, input.lane);
  const cluster =
    input.cluster === undefined
      ? keptCluster(state, id, lane)
      : input.cluster === null
        ? null
        : clusterFor(state, lane, input.cluster);
  const placement = planPlacement(notesInLane(state, lane), input, "note", id);

  doc.transact(() => {
    writeOrders(notesMap(doc), NOTE_FIELDS.order, placement.reordered);
    note.set(NOTE_FIELDS.lane, lane);
    note.set(NOTE_FIELDS.order, placement.order);
    if (cluster !== null) note.set(NOTE_FIELDS.cluster, cluster);
    else if (note.has(NOTE_FIELDS.cluster)) note.delete(NOTE_FIELDS.cluster);
  }, origin);
}

/**
 * Deletes a note by moving it to the board's trash in the same transaction, with who deleted it
 * and when; `restoreNote` puts it back under the same id.
 */
export function deleteNote(
  doc: Y.Doc,
  id: string,
  origin: Origin = "local",
  trash: TrashInput = {},
): void {
  const record = requireNoteRecord(notesMap(doc), id);
  doc.transact(() => moveToTrash(doc, id, record, trash), origin);
}

export function setNoteColor(
  doc: Y.Doc,
  id: string,
  color: string,
  origin: Origin = "local",
): void {
  const note = requireNoteRecord(notesMap(doc), id);
  if (!isNoteColor(color)) throw new BoardOpError("invalid-input", "color must be #rrggbb");
  doc.transact(() => note.set(NOTE_FIELDS.color, color.toLowerCase()), origin);
}
