import type { BoardState, Cluster } from "@roundtable/shared";
import { pushId, reuseIdLists } from "./reuse";

/** The clusters part of the store's board mirror. */
export type ClusterMirror = {
  clusters: Record<string, Cluster>;
  /** Each lane's clusters in order, empty lanes included. */
  clusterIdsByLane: Record<string, string[]>;
  /** Each cluster's notes in order, empty clusters included. */
  noteIdsByCluster: Record<string, string[]>;
  /** Each lane's notes that are in no cluster, in order. */
  looseNoteIdsByLane: Record<string, string[]>;
  /** Each lane's notes as shown: every cluster's notes in turn, then the loose notes. */
  shownNoteIdsByLane: Record<string, string[]>;
};

export const emptyClusterMirror: ClusterMirror = {
  clusters: {},
  clusterIdsByLane: {},
  noteIdsByCluster: {},
  looseNoteIdsByLane: {},
  shownNoteIdsByLane: {},
};

export function sameCluster(a: Cluster, b: Cluster): boolean {
  return (
    a.title === b.title && a.lane === b.lane && a.order === b.order && a.priorVotes === b.priorVotes
  );
}

/** The clusters part for `board`, reusing every object and list that did not change. */
export function reconcileClusters(previous: ClusterMirror, board: BoardState): ClusterMirror {
  const clusters: Record<string, Cluster> = {};
  const byLane: Record<string, string[]> = {};
  const byCluster: Record<string, string[]> = {};
  const loose: Record<string, string[]> = {};
  for (const lane of board.lanes) {
    byLane[lane.id] = [];
    loose[lane.id] = [];
  }
  for (const cluster of board.clusters) {
    const before = previous.clusters[cluster.id];
    clusters[cluster.id] = before && sameCluster(before, cluster) ? before : cluster;
    pushId(byLane, cluster.lane, cluster.id);
    byCluster[cluster.id] = [];
  }
  for (const note of board.notes) {
    if (note.cluster !== null) pushId(byCluster, note.cluster, note.id);
    else pushId(loose, note.lane, note.id);
  }
  const shown: Record<string, string[]> = {};
  for (const { id: lane } of board.lanes) {
    const clustered = (byLane[lane] ?? []).flatMap((id) => byCluster[id] ?? []);
    shown[lane] = [...clustered, ...(loose[lane] ?? [])];
  }
  return {
    clusters,
    clusterIdsByLane: reuseIdLists(previous.clusterIdsByLane, byLane),
    noteIdsByCluster: reuseIdLists(previous.noteIdsByCluster, byCluster),
    looseNoteIdsByLane: reuseIdLists(previous.looseNoteIdsByLane, loose),
    shownNoteIdsByLane: reuseIdLists(previous.shownNoteIdsByLane, shown),
  };
}
