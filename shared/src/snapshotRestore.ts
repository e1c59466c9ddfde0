import * as Y from "yjs";
import { readBoard } from "./board";
import {
  CLUSTER_FIELDS,
  clustersMap,
  LANE_FIELDS,
  lanesMap,
  META_FIELDS,
  metaMap,
  NOTE_FIELDS,
  notesMap,
  type Origin,
  recordIn,
  trashMap,
} from "./doc";
import { BoardOpError } from "./errors";
import { isValidRecordId, newId } from "./ids";
import { INBOX_LANE_ID } from "./lane";
import { DEFAULT_NOTE_COLOR, isNoteColor, MAX_AUTHOR, MAX_NOTE_TEXT } from "./note";
import { ordersAtEnd } from "./order";
import { MAX_SUBTITLE, MAX_TITLE, textLength } from "./text";
import { readTrashEntry } from "./trash";
import { moveToTrash } from "./trashOps";

// Puts a board back the way a snapshot (the JSON export's shape) shows it: its title, its lanes'
// titles and subtitles, its clusters and its notes under their own ids, so the votes people gave
// them count again. Notes written since go to the trash, never lost.

export type RestoreSnapshotResult = { notes: number; clusters: number };

type WantedNote = {
  id: string;
  text: string;
  color: string;
  author: string | null;
  createdAt: number | null;
  lane: string;
  cluster: string | null;
  order: string;
};

type WantedCluster = { id: string; title: string; lane: string; order: string };

type WantedLane = { id: string; title: string | null; subtitle: string | null };

type Plan = {
  title: string | null;
  lanes: WantedLane[];
  clusters: WantedCluster[];
  notes: WantedNote[];
};

type Fields = Readonly<Record<string, unknown>>;

function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function titleOf(value: unknown, max: number, allowEmpty: boolean): string | null {
  if (typeof value !== "string") return null;
  const title = value.trim();
  if ((!allowEmpty && title === "") || textLength(title) > max) return null;
  return title;
}

function timeOf(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) || ms < 0 ? null : ms;
}

/** Keeps the first use of an id; a missing, malformed or repeated one gets a fresh id. */
function idOf(value: unknown, seen: Set<string>): string {
  const id = isValidRecordId(value) && !seen.has(value) ? value : newId();
  seen.add(id);
  return id;
}

/** Reads a snapshot's JSON tolerantly into what the board should hold, in board order. */
function planOf(snapshot: unknown, laneIds: ReadonlySet<string>): Plan {
  if (!isFields(snapshot) || !Array.isArray(snapshot.lanes)) {
    throw new BoardOpError("invalid-input", "the snapshot has no lanes");
  }
  const board = isFields(snapshot.board) ? snapshot.board : {};
  const plan: Plan = {
    title: titleOf(board.title, MAX_TITLE, false),
    lanes: [],
    clusters: [],
    notes: [],
  };
  const noteIds = new Set<string>();
  const clusterIds = new Set<string>();
  const pending = new Map<
    string,
    { clusters: Omit<WantedCluster, "order">[]; notes: Omit<WantedNote, "order">[] }
  >();
  const toNote = (value: unknown, lane: string, cluster: string | null) => {
    if (!isFields(value)) return;
    const text =
      typeof value.text === "string" ? [...value.text].slice(0, MAX_NOTE_TEXT).join("") : "";
    const author =
      typeof value.author === "string" && value.author !== "" && value.author.length <= MAX_AUTHOR
        ? value.author
        : null;
    pending.get(lane)?.notes.push({
      id: idOf(value.id, noteIds),
      text,
      color: isNoteColor(value.color) ? value.color.toLowerCase() : DEFAULT_NOTE_COLOR,
      author,
      createdAt: timeOf(value.createdAt),
      lane,
      cluster,
    });
  };
  for (const raw of snapshot.lanes) {
    if (!isFields(raw)) continue;
    const known = typeof raw.id === "string" && laneIds.has(raw.id);
    const lane = known ? (raw.id as string) : INBOX_LANE_ID;
    if (known) {
      plan.lanes.push({
        id: lane,
        title: titleOf(raw.title, MAX_TITLE, false),
        subtitle: titleOf(raw.subtitle, MAX_SUBTITLE, true),
      });
    }
    if (!pending.has(lane)) pending.set(lane, { clusters: [], notes: [] });
    for (const cluster of listOf(raw.clusters)) {
      if (!isFields(cluster)) continue;
      const id = idOf(cluster.id, clusterIds);
      pending
        .get(lane)
        ?.clusters.push({ id, title: titleOf(cluster.title, MAX_TITLE, true) ?? "", lane });
      for (const note of listOf(cluster.notes)) toNote(note, lane, id);
    }
    for (const note of listOf(raw.notes)) toNote(note, lane, null);
  }
  // Fresh order keys per lane, in the snapshot's order: the snapshot kept the order, not the keys.
  for (const { clusters, notes } of pending.values()) {
    const clusterKeys = ordersAtEnd([], clusters.length);
    clusters.forEach((cluster, i) => {
      plan.clusters.push({ ...cluster, order: clusterKeys[i] ?? "" });
    });
    const noteKeys = ordersAtEnd([], notes.length);
    notes.forEach((note, i) => {
      plan.notes.push({ ...note, order: noteKeys[i] ?? "" });
    });
  }
  return plan;
}

function setIfChanged(record: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === null || value === undefined) {
    if (record.has(key)) record.delete(key);
  } else if (record.get(key) !== value) {
    record.set(key, value);
  }
}

function writeNote(record: Y.Map<unknown>, note: WantedNote, priorVotes: number | null): void {
  const text = record.get(NOTE_FIELDS.text);
  if (text instanceof Y.Text) {
    if (text.toString() !== note.text) {
      text.delete(0, text.length);
      text.insert(0, note.text);
    }
  } else {
    record.set(NOTE_FIELDS.text, new Y.Text(note.text));
  }
  setIfChanged(record, NOTE_FIELDS.lane, note.lane);
  setIfChanged(record, NOTE_FIELDS.cluster, note.cluster);
  setIfChanged(record, NOTE_FIELDS.order, note.order);
  setIfChanged(record, NOTE_FIELDS.color, note.color);
  setIfChanged(record, NOTE_FIELDS.author, note.author);
  setIfChanged(record, NOTE_FIELDS.createdAt, note.createdAt);
  if (priorVotes !== null) setIfChanged(record, NOTE_FIELDS.priorVotes, priorVotes);
}

/**
 * Restores the board in `doc` to `snapshot` (a snapshot's JSON) in one transaction. Notes and
 * clusters come back under their snapshot ids; a note on the board that the snapshot does not
 * hold goes to the trash (deleted by nobody: the server), a cluster it does not hold is removed.
 * Lanes keep their ids; the snapshot's titles and subtitles return, and notes of a lane the board
 * no longer has go to the inbox. Throws BoardOpError, before writing, when it is not a snapshot.
 */
export function restoreSnapshot(
  doc: Y.Doc,
  snapshot: unknown,
  input: { now?: number } = {},
  origin: Origin = "server",
): RestoreSnapshotResult {
  const state = readBoard(doc);
  const plan = planOf(snapshot, new Set(state.lanes.map((lane) => lane.id)));
  const now = input.now ?? Date.now();
  const wantedNotes = new Set(plan.notes.map((note) => note.id));
  const wantedClusters = new Set(plan.clusters.map((cluster) => cluster.id));

  doc.transact(() => {
    if (plan.title !== null && metaMap(doc).get(META_FIELDS.title) !== plan.title) {
      metaMap(doc).set(META_FIELDS.title, plan.title);
    }
    for (const lane of plan.lanes) {
      const record = recordIn(lanesMap(doc), lane.id);
      if (!record) continue;
      if (lane.title !== null) setIfChanged(record, LANE_FIELDS.title, lane.title);
      if (lane.subtitle !== null) setIfChanged(record, LANE_FIELDS.subtitle, lane.subtitle);
    }
    const notes = notesMap(doc);
    for (const [id, value] of [...notes.entries()]) {
      if (wantedNotes.has(id)) continue;
      if (value instanceof Y.Map)
        moveToTrash(doc, id, value as Y.Map<unknown>, { deletedBy: null, now });
      else notes.delete(id);
    }
    const clusters = clustersMap(doc);
    for (const id of [...clusters.keys()]) if (!wantedClusters.has(id)) clusters.delete(id);
    for (const cluster of plan.clusters) {
      let record = recordIn(clusters, cluster.id);
      if (!record) {
        record = new Y.Map<unknown>();
        clusters.set(cluster.id, record);
      }
      setIfChanged(record, CLUSTER_FIELDS.title, cluster.title);
      setIfChanged(record, CLUSTER_FIELDS.lane, cluster.lane);
      setIfChanged(record, CLUSTER_FIELDS.order, cluster.order);
    }
    const trash = trashMap(doc);
    for (const note of plan.notes) {
      const trashed = readTrashEntry(note.id, trash.get(note.id));
      let record = recordIn(notes, note.id);
      if (!record) {
        record = new Y.Map<unknown>();
        notes.set(note.id, record);
      }
      writeNote(record, note, trashed?.priorVotes ?? null);
      if (trash.has(note.id)) trash.delete(note.id);
    }
  }, origin);
  return { notes: plan.notes.length, clusters: plan.clusters.length };
}
