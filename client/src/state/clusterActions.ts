import {
  addNoteToCluster as addNoteToClusterOp,
  createCluster as createClusterOp,
  dissolveCluster as dissolveClusterOp,
  moveCluster as moveClusterOp,
  removeNoteFromCluster as removeNoteFromClusterOp,
  renameCluster as renameClusterOp,
} from "@roundtable/shared";
import type { Place } from "./placement";
import { isDraft, notify, write } from "./write";

const DRAFTS_STAY_APART =
  "Private notes can be grouped once the facilitator reveals them: they are not on the board yet";

/** Clusters live on the shared board, so a private draft cannot join one. */
function refuseDrafts(noteIds: readonly string[]): boolean {
  if (!noteIds.some((id) => isDraft(id))) return false;
  notify(DRAFTS_STAY_APART);
  return true;
}

/** Groups notes under a new cluster in `lane`; returns its id. */
export function createCluster(
  lane: string,
  noteIds: readonly string[],
  title = "",
  place: Place = {},
): string | undefined {
  if (refuseDrafts(noteIds)) return undefined;
  return write(({ board }) => createClusterOp(board.doc, { lane, noteIds, title, ...place }));
}

export function addNoteToCluster(noteId: string, clusterId: string): void {
  if (refuseDrafts([noteId])) return;
  write(({ board }) => addNoteToClusterOp(board.doc, noteId, clusterId));
}

export function removeNoteFromCluster(noteId: string): void {
  if (isDraft(noteId)) return;
  write(({ board }) => removeNoteFromClusterOp(board.doc, noteId));
}

export function renameCluster(clusterId: string, title: string): void {
  write(({ board }) => renameClusterOp(board.doc, clusterId, title));
}

/** Moves a cluster, its notes with it, to a place among the lane's clusters. */
export function moveCluster(clusterId: string, lane: string, place: Place = {}): void {
  write(({ board }) => moveClusterOp(board.doc, clusterId, { lane, ...place }));
}

/** Removes the cluster and keeps its notes where they are. */
export function dissolveCluster(clusterId: string): void {
  write(({ board }) => dissolveClusterOp(board.doc, clusterId));
}
