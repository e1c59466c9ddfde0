import type { Cluster, Lane } from "@roundtable/shared";
import { type BoardNote, type BoardPart, reuseLanes, sameNote } from "./boardStore";
import { sameCluster } from "./clusterMirror";

/** A change that moved nothing: what it touched, as the board shows it. */
export type ContentChange = {
  title: string;
  lanes: Lane[];
  notes: readonly BoardNote[];
  clusters: readonly Cluster[];
};

/** Whether `note` may replace `before` without changing any list or total the store keeps. */
function inPlace(before: BoardNote | undefined, note: BoardNote, me: string | null): boolean {
  return (
    before !== undefined &&
    before.draft === note.draft &&
    before.lane === note.lane &&
    before.cluster === note.cluster &&
    before.order === note.order &&
    before.author === note.author &&
    before.priorVotes === note.priorVotes &&
    // Someone else's note that is (or becomes) empty is hidden: showing or hiding it is a layout.
    (note.draft === true || note.text.trim() !== "" || note.author === me)
  );
}

/**
 * The store's board part with only what `change` touched replaced: every other note, cluster,
 * lane and list stays the same object. `previous` itself when nothing the store shows changed;
 * null when the change needs a full reconcile (a note appearing or hiding, or a total changing).
 */
export function patchContent<P extends BoardPart>(
  previous: P,
  change: ContentChange,
  me: string | null,
): P | null {
  let notes: Record<string, BoardNote> | null = null;
  for (const note of change.notes) {
    const before = previous.notes[note.id];
    if (!inPlace(before, note, me)) return null;
    if (before && sameNote(before, note)) continue;
    notes ??= { ...previous.notes };
    notes[note.id] = note;
  }
  let clusters: Record<string, Cluster> | null = null;
  for (const cluster of change.clusters) {
    const before = previous.clusters[cluster.id];
    if (
      !before ||
      before.lane !== cluster.lane ||
      before.order !== cluster.order ||
      before.priorVotes !== cluster.priorVotes
    )
      return null;
    if (sameCluster(before, cluster)) continue;
    clusters ??= { ...previous.clusters };
    clusters[cluster.id] = cluster;
  }
  const lanes = reuseLanes(previous.lanes, change.lanes);
  if (!notes && !clusters && lanes === previous.lanes && change.title === previous.title)
    return previous;
  return {
    ...previous,
    title: change.title,
    lanes,
    notes: notes ?? previous.notes,
    clusters: clusters ?? previous.clusters,
  };
}
