import type * as Y from "yjs";
import { notesInCluster, readBoard } from "./board";
import { createCluster, dissolveCluster, removeNoteFromCluster } from "./clusterOps";
import type { Origin } from "./doc";
import { moveNote } from "./noteOps";

/**
 * The moves people make with notes and clusters, each one transaction (one undo step) made of the
 * single operations: what a drag, "Move to…" or a program does, so every client and the server
 * clean up alike. A cluster a move leaves without notes is removed in the same transaction: a
 * cluster is made from notes, and an empty panel only clutters a projected board.
 */

/** Where a note goes: its lane, a neighbour in it, and the cluster it ends up in (null: none). */
export type NotePlace = { lane: string; before?: string; after?: string; cluster: string | null };

function clusterOf(doc: Y.Doc, noteId: string): string | null {
  return readBoard(doc).notes.find((note) => note.id === noteId)?.cluster ?? null;
}

/** Removes `cluster` if no note is left in it. */
export function dropClusterIfEmpty(
  doc: Y.Doc,
  cluster: string | null,
  origin: Origin = "local",
): void {
  if (cluster === null) return;
  const board = readBoard(doc);
  if (!board.clusters.some((c) => c.id === cluster)) return;
  if (notesInCluster(board, cluster).length === 0) dissolveCluster(doc, cluster, origin);
}

/** Moves a note to `place`, joining or leaving clusters as the place says. */
export function moveNoteTo(
  doc: Y.Doc,
  id: string,
  place: NotePlace,
  origin: Origin = "local",
): void {
  const { cluster, ...position } = place;
  doc.transact(() => {
    const from = clusterOf(doc, id);
    moveNote(doc, id, { ...position, cluster }, origin);
    if (from !== cluster) dropClusterIfEmpty(doc, from, origin);
  }, origin);
}

/** Takes a note out of its cluster; it stays where it is in its lane. False: it was in none. */
export function leaveCluster(doc: Y.Doc, id: string, origin: Origin = "local"): boolean {
  const from = clusterOf(doc, id);
  if (from === null) return false;
  doc.transact(() => {
    removeNoteFromCluster(doc, id, origin);
    dropClusterIfEmpty(doc, from, origin);
  }, origin);
  return true;
}

/** Puts a note at the end of a cluster, in the cluster's lane. False: no such cluster. */
export function joinCluster(
  doc: Y.Doc,
  id: string,
  cluster: string,
  origin: Origin = "local",
): boolean {
  const board = readBoard(doc);
  const lane = board.clusters.find((c) => c.id === cluster)?.lane;
  if (lane === undefined) return false;
  const last = notesInCluster(board, cluster)
    .filter((note) => note.id !== id)
    .at(-1)?.id;
  moveNoteTo(doc, id, last ? { lane, after: last, cluster } : { lane, cluster }, origin);
  return true;
}

/**
 * Groups note `id` with note `target`: at the end of the target's cluster when it has one, else
 * in a new cluster titled `title` in the target's lane, the target first and `id` after it.
 * Answers the cluster's id, or null when there is nothing to group (the same note, or no target).
 */
export function groupNotes(
  doc: Y.Doc,
  id: string,
  target: string,
  title: string,
  origin: Origin = "local",
): string | null {
  if (id === target) return null;
  const targetNote = readBoard(doc).notes.find((note) => note.id === target);
  if (!targetNote) return null;
  if (targetNote.cluster !== null) {
    return joinCluster(doc, id, targetNote.cluster, origin) ? targetNote.cluster : null;
  }
  let created: string | null = null;
  doc.transact(() => {
    const from = clusterOf(doc, id);
    moveNote(doc, id, { lane: targetNote.lane, after: target, cluster: null }, origin);
    created = createCluster(doc, { lane: targetNote.lane, title, noteIds: [target, id] }, origin);
    dropClusterIfEmpty(doc, from, origin);
  }, origin);
  return created;
}
