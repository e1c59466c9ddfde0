import type * as Y from "yjs";
import { type Cluster, readCluster } from "./cluster";
import { clustersMap, lanesMap, META_FIELDS, metaMap, notesMap } from "./doc";
import { sharedEn } from "./i18n/catalogues/en";
import { defaultLane, INBOX_LANE_ID, type Lane, readLane } from "./lane";
import { type Note, readNote } from "./note";
import { compareByOrder } from "./order";

export const DEFAULT_BOARD_TITLE = sharedEn.board.untitled;

/**
 * Plain snapshot of a board for rendering. Notes and clusters pointing at a lane that does not
 * exist are placed in the inbox, and a note's cluster is dropped when the cluster is gone or
 * sits in another lane, so every note is shown exactly once.
 */
export type BoardState = {
  title: string;
  createdAt: number | null;
  schemaVersion: number;
  lanes: Lane[];
  notes: Note[];
  clusters: Cluster[];
};

export type BoardSummary = {
  title: string;
  lanes: { id: string; title: string; notes: number }[];
  notes: number;
  clusters: number;
};

/** Schema version stored in meta; a board without one predates versioning and is version 0. */
export function readSchemaVersion(doc: Y.Doc): number {
  const version = metaMap(doc).get(META_FIELDS.schemaVersion);
  return typeof version === "number" && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Lanes in board order, with the inbox added when missing. */
export function orderLanes(read: Iterable<Lane>): Lane[] {
  const lanes = [...read];
  // Notes with an unknown lane go to the inbox, so the inbox must exist even on a broken board.
  const inbox = defaultLane(INBOX_LANE_ID);
  if (inbox && !lanes.some((lane) => lane.id === INBOX_LANE_ID)) lanes.push({ ...inbox });
  return lanes.sort(compareByOrder);
}

export function readLanes(doc: Y.Doc): Lane[] {
  const lanes: Lane[] = [];
  for (const [id, value] of lanesMap(doc)) {
    const lane = readLane(id, value);
    if (lane) lanes.push(lane);
  }
  return orderLanes(lanes);
}

/** A cluster as the board shows it: in the inbox when its lane is unknown. */
export function placeCluster(cluster: Cluster, laneIds: ReadonlySet<string>): Cluster {
  return laneIds.has(cluster.lane) ? cluster : { ...cluster, lane: INBOX_LANE_ID };
}

/** A note as the board shows it: lane and cluster resolved as described on BoardState. */
export function placeNote(
  note: Note,
  laneIds: ReadonlySet<string>,
  clusterLanes: ReadonlyMap<string, string>,
): Note {
  const lane = laneIds.has(note.lane) ? note.lane : INBOX_LANE_ID;
  const cluster =
    note.cluster !== null && clusterLanes.get(note.cluster) === lane ? note.cluster : null;
  return { ...note, lane, cluster };
}

/** Clusters, with unknown lanes resolved to the inbox. */
export function readClusters(doc: Y.Doc, laneIds: ReadonlySet<string>): Cluster[] {
  const clusters: Cluster[] = [];
  for (const [id, value] of clustersMap(doc)) {
    const cluster = readCluster(id, value);
    if (cluster) clusters.push(placeCluster(cluster, laneIds));
  }
  return clusters.sort(compareByOrder);
}

/** Notes, with lanes and clusters resolved as described on BoardState. */
export function readNotes(
  doc: Y.Doc,
  laneIds: ReadonlySet<string>,
  clusters: readonly Cluster[],
): Note[] {
  const clusterLanes = new Map(clusters.map((cluster) => [cluster.id, cluster.lane]));
  const notes: Note[] = [];
  for (const [id, value] of notesMap(doc)) {
    const note = readNote(id, value);
    if (note) notes.push(placeNote(note, laneIds, clusterLanes));
  }
  return notes.sort(compareByOrder);
}

/** The board's name as everyone sees it: `meta.title`, or the default when it has none. */
export function readBoardTitle(doc: Y.Doc): string {
  const title = metaMap(doc).get(META_FIELDS.title);
  return typeof title === "string" && title.trim() !== "" ? title : DEFAULT_BOARD_TITLE;
}

/** The board's creation time, or null when it has none. */
export function readCreatedAt(doc: Y.Doc): number | null {
  const createdAt = metaMap(doc).get(META_FIELDS.createdAt);
  return typeof createdAt === "number" && Number.isFinite(createdAt) ? createdAt : null;
}

export function readBoard(doc: Y.Doc): BoardState {
  const lanes = readLanes(doc);
  const laneIds = new Set(lanes.map((lane) => lane.id));
  const clusters = readClusters(doc, laneIds);
  return {
    title: readBoardTitle(doc),
    createdAt: readCreatedAt(doc),
    schemaVersion: readSchemaVersion(doc),
    lanes,
    notes: readNotes(doc, laneIds, clusters),
    clusters,
  };
}

export function notesInLane(state: BoardState, laneId: string): Note[] {
  return state.notes.filter((note) => note.lane === laneId).sort(compareByOrder);
}

export function clustersInLane(state: BoardState, laneId: string): Cluster[] {
  return state.clusters.filter((cluster) => cluster.lane === laneId).sort(compareByOrder);
}

export function notesInCluster(state: BoardState, clusterId: string): Note[] {
  return state.notes.filter((note) => note.cluster === clusterId).sort(compareByOrder);
}

/** Counts for board lists and the server's board endpoint, without note texts. */
export function summarizeBoard(doc: Y.Doc): BoardSummary {
  const state = readBoard(doc);
  const perLane = new Map<string, number>();
  for (const note of state.notes) perLane.set(note.lane, (perLane.get(note.lane) ?? 0) + 1);
  return {
    title: state.title,
    lanes: state.lanes.map((lane) => ({
      id: lane.id,
      title: lane.title,
      notes: perLane.get(lane.id) ?? 0,
    })),
    notes: state.notes.length,
    clusters: state.clusters.length,
  };
}
