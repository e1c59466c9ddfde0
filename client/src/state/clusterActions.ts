import {
  dissolveCluster as dissolveClusterOp,
  groupNotes as groupNotesOp,
  leaveCluster as leaveClusterOp,
  moveCluster,
  moveNoteTo,
  type NotePlace,
  renameCluster as renameClusterOp,
} from "@roundtable/shared";
import { t } from "../i18n/i18n";
import { inOneStep } from "../sync/board";
import { moveNote } from "./actions";
import { useBoardStore } from "./boardStore";
import { clusterName, clusterTitleFrom, noteName } from "./clusterNames";
import { announce } from "./clusterUiStore";
import type { Session } from "./session";
import { isDraft, notify, write } from "./write";

/** Clusters live on the shared board, so a private draft cannot join one. */
function refuseDrafts(...noteIds: string[]): boolean {
  if (!noteIds.some((id) => isDraft(id))) return false;
  notify(t("state:cluster.draftsStayApart"));
  return true;
}

export type { NotePlace } from "@roundtable/shared";

/** A place for a cluster among the clusters of a lane. */
export type ClusterPlace = { lane: string; before?: string; after?: string };

function laneTitle(lane: string): string {
  return (
    useBoardStore.getState().lanes.find((l) => l.id === lane)?.title ?? t("state:cluster.theLane")
  );
}

/** A note's name as the announcements quote it. */
function noteLabel(id: string): string {
  return noteName(useBoardStore.getState().notes[id]?.text ?? "");
}

/** A cluster's name as the announcements quote it. */
function clusterLabel(id: string): string {
  return clusterName(useBoardStore.getState().clusters[id]?.title ?? "");
}

/**
 * Runs `body` as one undo step on the open board, never merged with a quick change before or
 * after it (a rename and a dissolve a moment apart are two steps); announces `message` when it
 * worked.
 */
function step(body: (session: Session) => void, message: () => string): boolean {
  const text = message();
  const done = write((session) => {
    session.undo.endStep();
    inOneStep(session.board.doc, () => body(session));
    session.undo.endStep();
    return true;
  });
  if (done) announce(text);
  return done === true;
}

/** Moves a note to `place`, joining or leaving clusters as the place says. */
export function placeNote(id: string, place: NotePlace): boolean {
  if (isDraft(id)) {
    // A private draft moves among the lanes on this laptop; it joins clusters once revealed.
    if (place.cluster !== null && refuseDrafts(id)) return false;
    moveNote(id, place.lane, { before: place.before, after: place.after });
    return true;
  }
  const from = useBoardStore.getState().notes[id]?.cluster ?? null;
  const { cluster } = place;
  return step(
    (session) => moveNoteTo(session.board.doc, id, place),
    () => {
      const names = { note: noteLabel(id), lane: laneTitle(place.lane) };
      if (cluster !== null)
        return t("state:cluster.noteJoined", { ...names, cluster: clusterLabel(cluster) });
      return from ? t("state:cluster.noteMovedOut", names) : t("state:cluster.noteMoved", names);
    },
  );
}

/** Puts a note at the end of a cluster. */
export function joinCluster(id: string, cluster: string): boolean {
  const { clusters, noteIdsByCluster } = useBoardStore.getState();
  const lane = clusters[cluster]?.lane;
  if (!lane) return false;
  const last = (noteIdsByCluster[cluster] ?? []).filter((other) => other !== id).at(-1);
  return placeNote(id, last ? { lane, after: last, cluster } : { lane, cluster });
}

/** Takes a note out of its cluster; it stays in its lane. */
export function leaveCluster(id: string): boolean {
  const note = useBoardStore.getState().notes[id];
  if (!note?.cluster) return false;
  const from = note.cluster;
  return step(
    (session) => leaveClusterOp(session.board.doc, id),
    () =>
      t("state:cluster.noteLeft", {
        note: noteLabel(id),
        cluster: clusterLabel(from),
        lane: laneTitle(note.lane),
      }),
  );
}

/**
 * Makes a new cluster of `target` and the note `id`, in the target's lane, titled after the
 * target (the note that was there first) and with the moved note after it.
 */
export function groupNotes(id: string, target: string): boolean {
  const { notes } = useBoardStore.getState();
  const targetNote = notes[target];
  if (!targetNote || id === target || refuseDrafts(id, target)) return false;
  if (targetNote.cluster !== null) return joinCluster(id, targetNote.cluster);
  const title = clusterTitleFrom(targetNote.text);
  return step(
    (session) => groupNotesOp(session.board.doc, id, target, title),
    () =>
      t("state:cluster.grouped", {
        note: noteLabel(id),
        target: noteLabel(target),
        cluster: clusterName(title),
        lane: laneTitle(targetNote.lane),
      }),
  );
}

/** Moves a cluster, with its notes, within or between lanes. */
export function placeCluster(id: string, place: ClusterPlace): boolean {
  const count = useBoardStore.getState().noteIdsByCluster[id]?.length ?? 0;
  return step(
    (session) => moveCluster(session.board.doc, id, place),
    () =>
      t("state:cluster.moved", { count, cluster: clusterLabel(id), lane: laneTitle(place.lane) }),
  );
}

export function renameCluster(id: string, title: string): boolean {
  if (title.trim() === (useBoardStore.getState().clusters[id]?.title ?? "").trim()) return true;
  return step(
    (session) => renameClusterOp(session.board.doc, id, title),
    () => t("state:cluster.renamed", { cluster: clusterLabel(id), title: clusterName(title) }),
  );
}

/** Removes a cluster; its notes stay where they are in the lane, in no cluster. */
export function dissolveCluster(id: string): boolean {
  const { clusters, noteIdsByCluster } = useBoardStore.getState();
  const lane = clusters[id]?.lane ?? "";
  const count = noteIdsByCluster[id]?.length ?? 0;
  return step(
    (session) => dissolveClusterOp(session.board.doc, id),
    () => t("state:cluster.dissolved", { count, cluster: clusterLabel(id), lane: laneTitle(lane) }),
  );
}
