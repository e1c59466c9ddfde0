import * as Y from "yjs";
import { type BoardState, clustersInLane, notesInCluster, notesInLane, readBoard } from "./board";
import { CLUSTER_FIELDS, clustersMap, NOTE_FIELDS, notesMap, type Origin, recordIn } from "./doc";
import { BoardOpError } from "./errors";
import {
  cleanTitle,
  type Position,
  requireClusterId,
  requireLaneId,
  requireNoteRecord,
} from "./guards";
import { isValidRecordId, newId } from "./ids";
import type { Note } from "./note";
import { compareByOrder, ordersAtEnd } from "./order";
import { planPlacement, writeOrders } from "./placement";
import { MAX_TITLE } from "./text";

export type CreateClusterInput = Position & {
  lane: string;
  title?: string;
  noteIds: readonly string[];
  id?: string;
};

export type MoveClusterInput = Position & { lane: string };

/**
 * Moves the notes that are not yet in `lane` to its end, keeping their relative order, because a
 * cluster's notes must share its lane. Call inside the operation's transaction.
 */
function bringIntoLane(doc: Y.Doc, state: BoardState, lane: string, notes: readonly Note[]): void {
  const arriving = notes.filter((note) => note.lane !== lane).sort(compareByOrder);
  const orders = ordersAtEnd(
    notesInLane(state, lane).map((note) => note.order),
    arriving.length,
  );
  const root = notesMap(doc);
  arriving.forEach((note, i) => {
    const record = recordIn(root, note.id);
    record?.set(NOTE_FIELDS.lane, lane);
    record?.set(NOTE_FIELDS.order, orders[i] ?? "");
  });
}

function requireNotes(doc: Y.Doc, state: BoardState, ids: unknown): Note[] {
  if (!Array.isArray(ids)) throw new BoardOpError("invalid-input", "noteIds must be an array");
  const notes: Note[] = [];
  for (const id of new Set<unknown>(ids)) {
    requireNoteRecord(notesMap(doc), id);
    const note = state.notes.find((n) => n.id === id);
    if (note) notes.push(note);
  }
  return notes;
}

/** Groups notes under a new cluster in `lane`; notes from other lanes move into it. */
export function createCluster(
  doc: Y.Doc,
  input: CreateClusterInput,
  origin: Origin = "local",
): string {
  const state = readBoard(doc);
  const lane = requireLaneId(state, input.lane);
  const title = cleanTitle(input.title ?? "", "title", MAX_TITLE, true);
  const notes = requireNotes(doc, state, input.noteIds);
  const id = input.id ?? newId();
  if (!isValidRecordId(id) || clustersMap(doc).has(id)) {
    throw new BoardOpError("invalid-input", `cluster id ${String(id)} is invalid or taken`);
  }
  const placement = planPlacement(clustersInLane(state, lane), input, "cluster");

  doc.transact(() => {
    const clusters = clustersMap(doc);
    writeOrders(clusters, CLUSTER_FIELDS.order, placement.reordered);
    const cluster = new Y.Map<unknown>();
    cluster.set(CLUSTER_FIELDS.title, title);
    cluster.set(CLUSTER_FIELDS.lane, lane);
    cluster.set(CLUSTER_FIELDS.order, placement.order);
    clusters.set(id, cluster);
    bringIntoLane(doc, state, lane, notes);
    for (const note of notes) recordIn(notesMap(doc), note.id)?.set(NOTE_FIELDS.cluster, id);
  }, origin);
  return id;
}

export function renameCluster(
  doc: Y.Doc,
  id: string,
  title: string,
  origin: Origin = "local",
): void {
  const cluster = typeof id === "string" ? recordIn(clustersMap(doc), id) : undefined;
  if (!cluster) throw new BoardOpError("unknown-cluster", `no cluster ${String(id)}`);
  const clean = cleanTitle(title, "title", MAX_TITLE, true);
  doc.transact(() => cluster.set(CLUSTER_FIELDS.title, clean), origin);
}

/** Puts a note in a cluster, moving it to the cluster's lane if needed. */
export function addNoteToCluster(
  doc: Y.Doc,
  noteId: string,
  clusterId: string,
  origin: Origin = "local",
): void {
  const record = requireNoteRecord(notesMap(doc), noteId);
  const state = readBoard(doc);
  const cluster = state.clusters.find((c) => c.id === requireClusterId(state, clusterId));
  const note = state.notes.find((n) => n.id === noteId);
  if (!cluster || !note) throw new BoardOpError("unknown-note", `no note ${noteId}`);
  doc.transact(() => {
    bringIntoLane(doc, state, cluster.lane, [note]);
    record.set(NOTE_FIELDS.cluster, cluster.id);
  }, origin);
}

/** Takes a note out of its cluster; it stays where it is in the lane. */
export function removeNoteFromCluster(doc: Y.Doc, noteId: string, origin: Origin = "local"): void {
  const record = requireNoteRecord(notesMap(doc), noteId);
  doc.transact(() => record.delete(NOTE_FIELDS.cluster), origin);
}

/** Moves a cluster within or between lanes; its notes travel with it. */
export function moveCluster(
  doc: Y.Doc,
  id: string,
  input: MoveClusterInput,
  origin: Origin = "local",
): void {
  const state = readBoard(doc);
  const clusterId = requireClusterId(state, id);
  const lane = requireLaneId(state, input.lane);
  const placement = planPlacement(clustersInLane(state, lane), input, "cluster", clusterId);
  const members = notesInCluster(state, clusterId);
  const memberIds = new Set(members.map((note) => note.id));

  doc.transact(() => {
    const clusters = clustersMap(doc);
    writeOrders(clusters, CLUSTER_FIELDS.order, placement.reordered);
    const cluster = recordIn(clusters, clusterId);
    cluster?.set(CLUSTER_FIELDS.lane, lane);
    cluster?.set(CLUSTER_FIELDS.order, placement.order);
    bringIntoLane(doc, state, lane, members);
    // Notes still naming the cluster from another lane are not shown in it; drop the stale link
    // so they do not suddenly join it after the move.
    for (const [noteId, value] of notesMap(doc)) {
      if (memberIds.has(noteId) || !(value instanceof Y.Map)) continue;
      if (value.get(NOTE_FIELDS.cluster) === clusterId) value.delete(NOTE_FIELDS.cluster);
    }
  }, origin);
}

/** Removes the cluster but keeps its notes, in place, in the lane. */
export function dissolveCluster(doc: Y.Doc, id: string, origin: Origin = "local"): void {
  const clusters = clustersMap(doc);
  if (typeof id !== "string" || !recordIn(clusters, id)) {
    throw new BoardOpError("unknown-cluster", `no cluster ${String(id)}`);
  }
  doc.transact(() => {
    for (const value of notesMap(doc).values()) {
      if (value instanceof Y.Map && value.get(NOTE_FIELDS.cluster) === id) {
        value.delete(NOTE_FIELDS.cluster);
      }
    }
    clusters.delete(id);
  }, origin);
}
