import {
  type BoardState,
  type Cluster,
  clustersMap,
  compareByOrder,
  type Lane,
  lanesMap,
  metaMap,
  type Note,
  notesMap,
  orderLanes,
  placeCluster,
  placeNote,
  readBoardTitle,
  readCluster,
  readCreatedAt,
  readLane,
  readNote,
  readSchemaVersion,
} from "@roundtable/shared";
import type * as Y from "yjs";

/** Every record of a board as stored, before lanes and clusters are resolved (see BoardState). */
export type BoardRecords = {
  lanes: Map<string, Lane>;
  clusters: Map<string, Cluster>;
  notes: Map<string, Note>;
};

/** Reads every lane, cluster and note of `doc`: what the reader does once, on its first sync. */
export function readBoardRecords(doc: Y.Doc): BoardRecords {
  const records: BoardRecords = { lanes: new Map(), clusters: new Map(), notes: new Map() };
  for (const [id, value] of lanesMap(doc)) setOrDelete(records.lanes, id, readLane(id, value));
  for (const [id, value] of clustersMap(doc))
    setOrDelete(records.clusters, id, readCluster(id, value));
  for (const [id, value] of notesMap(doc)) setOrDelete(records.notes, id, readNote(id, value));
  return records;
}

/**
 * What one transaction changed. With `layout` false nothing was added, removed or moved: only
 * the listed notes and clusters, the lanes' titles or the board's title changed in place.
 */
export type BoardChange = {
  board: BoardState;
  layout: boolean;
  notes: readonly Note[];
  clusters: readonly Cluster[];
};

function setOrDelete<T>(map: Map<string, T>, id: string, value: T | null): void {
  if (value) map.set(id, value);
  else map.delete(id);
}

/** Whether two flat records hold the same values. */
function same<T extends object>(a: T | undefined, b: T | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof T)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** `next`, or `before` when it holds the same values, so an unchanged record keeps its object. */
function keep<T extends object>(before: T | undefined, next: T): T {
  return before && same(before, next) ? before : next;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

type Placed = { lane?: string; cluster?: string | null; order: string };

/** Whether a record moved: its lane, cluster or place in order changed, or it came or went. */
function moved(before: Placed | undefined, after: Placed | undefined): boolean {
  if (!before || !after) return before !== after;
  return (
    before.lane !== after.lane || before.cluster !== after.cluster || before.order !== after.order
  );
}

/** The board for `records`, reusing every object of `previous` that did not change. */
function layOut(records: BoardRecords, previous: BoardState): BoardState {
  const lanesBefore = byId(previous.lanes);
  const lanes = orderLanes(records.lanes.values()).map((l) => keep(lanesBefore.get(l.id), l));
  const laneIds = new Set(lanes.map((lane) => lane.id));
  const clustersBefore = byId(previous.clusters);
  const clusters = [...records.clusters.values()]
    .map((c) => keep(clustersBefore.get(c.id), placeCluster(c, laneIds)))
    .sort(compareByOrder);
  const clusterLanes = new Map(clusters.map((cluster) => [cluster.id, cluster.lane]));
  const notesBefore = byId(previous.notes);
  const notes = [...records.notes.values()]
    .map((n) => keep(notesBefore.get(n.id), placeNote(n, laneIds, clusterLanes)))
    .sort(compareByOrder);
  return { ...previous, lanes, clusters, notes };
}

/** Ids whose records a transaction touched, per root map. */
type Touched = { lanes: Set<string>; clusters: Set<string>; notes: Set<string>; meta: boolean };

function touchedIds(root: Y.Map<unknown>, events: Y.YEvent<Y.AbstractType<unknown>>[]) {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.target === root) for (const key of event.changes.keys.keys()) ids.add(key);
    else if (typeof event.path[0] === "string") ids.add(event.path[0]);
  }
  return ids;
}

/**
 * Reads the records `ids` of `root` again into `records`: which of them changed, and whether
 * any of them moved (see `moved`).
 */
function reread<T extends Placed>(
  ids: ReadonlySet<string>,
  root: Y.Map<unknown>,
  read: (id: string, value: unknown) => T | null,
  records: Map<string, T>,
): { changed: T[]; moved: boolean } {
  const changed: T[] = [];
  let anyMoved = false;
  for (const id of ids) {
    const record = read(id, root.get(id));
    const before = records.get(id);
    anyMoved ||= moved(before, record ?? undefined);
    if (record && !same(before, record)) changed.push(record);
    setOrDelete(records, id, record);
  }
  return { changed, moved: anyMoved };
}

/**
 * Replaces the items of `list` whose ids are in `changed`, in a new list. A keystroke changes
 * one note: a copy and a scan for it, not a lookup for each of the board's notes.
 */
function replaced<T extends { id: string }>(list: readonly T[], changed: readonly T[]): T[] {
  if (changed.length > 4) {
    const next = byId(changed);
    return list.map((item) => next.get(item.id) ?? item);
  }
  const next = list.slice();
  for (const item of changed) {
    const at = next.findIndex((candidate) => candidate.id === item.id);
    if (at >= 0) next[at] = item;
  }
  return next;
}

/**
 * Follows `doc` one transaction at a time: reads every record once, then only the records a
 * transaction touched, and calls `listener` only when the board as shown changed. Unchanged
 * notes, clusters and lanes stay the same objects. Returns the unsubscribe.
 */
export function followBoard(
  doc: Y.Doc,
  listener: (change: BoardChange) => void,
  readAll: (doc: Y.Doc) => BoardRecords = readBoardRecords,
): () => void {
  const records = readAll(doc);
  const empty: BoardState = {
    title: "",
    createdAt: null,
    schemaVersion: 0,
    lanes: [],
    notes: [],
    clusters: [],
  };
  let board = layOut(records, {
    ...empty,
    title: readBoardTitle(doc),
    createdAt: readCreatedAt(doc),
    schemaVersion: readSchemaVersion(doc),
  });
  let touched: Touched = { lanes: new Set(), clusters: new Set(), notes: new Set(), meta: false };
  const roots = [
    [lanesMap(doc), "lanes"],
    [clustersMap(doc), "clusters"],
    [notesMap(doc), "notes"],
  ] as const;
  const observers = roots.map(([root, part]) => {
    const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const id of touchedIds(root, events)) touched[part].add(id);
    };
    root.observeDeep(observer);
    return () => root.unobserveDeep(observer);
  });
  const meta = metaMap(doc);
  const metaObserver = () => {
    touched.meta = true;
  };
  meta.observeDeep(metaObserver);

  const flush = () => {
    const now = touched;
    touched = { lanes: new Set(), clusters: new Set(), notes: new Set(), meta: false };
    const lanesRead = reread(now.lanes, lanesMap(doc), readLane, records.lanes);
    const clustersRead = reread(now.clusters, clustersMap(doc), readCluster, records.clusters);
    const notesRead = reread(now.notes, notesMap(doc), readNote, records.notes);
    const layout = lanesRead.moved || clustersRead.moved || notesRead.moved;
    const lanes = lanesRead.changed;
    const clusters = clustersRead.changed;
    const notes = notesRead.changed;
    let next = board;
    if (now.meta) {
      const title = readBoardTitle(doc);
      const createdAt = readCreatedAt(doc);
      const schemaVersion = readSchemaVersion(doc);
      if (
        title !== board.title ||
        createdAt !== board.createdAt ||
        schemaVersion !== board.schemaVersion
      )
        next = { ...board, title, createdAt, schemaVersion };
    }
    if (layout) {
      board = layOut(records, next);
      listener({ board, layout, notes: [], clusters: [] });
      return;
    }
    // Nothing moved, so every record keeps the lane and cluster it was shown in.
    const laneIds = new Set(board.lanes.map((lane) => lane.id));
    const placedClusters = clusters.map((c) => placeCluster(c, laneIds));
    const clusterLanes = new Map(board.clusters.map((cluster) => [cluster.id, cluster.lane]));
    const placedNotes = notes.map((n) => placeNote(n, laneIds, clusterLanes));
    if (
      next === board &&
      lanes.length === 0 &&
      placedClusters.length === 0 &&
      placedNotes.length === 0
    )
      return;
    board = {
      ...next,
      lanes: lanes.length > 0 ? replaced(board.lanes, lanes) : board.lanes,
      clusters:
        placedClusters.length > 0 ? replaced(board.clusters, placedClusters) : board.clusters,
      notes: placedNotes.length > 0 ? replaced(board.notes, placedNotes) : board.notes,
    };
    listener({ board, layout, notes: placedNotes, clusters: placedClusters });
  };
  doc.on("afterTransaction", flush);
  listener({ board, layout: true, notes: [], clusters: [] });
  return () => {
    doc.off("afterTransaction", flush);
    for (const stop of observers) stop();
    meta.unobserveDeep(metaObserver);
  };
}
