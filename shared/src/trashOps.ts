import * as Y from "yjs";
import { clustersInLane, readBoard } from "./board";
import { readCluster } from "./cluster";
import {
  CLUSTER_FIELDS,
  clustersMap,
  NOTE_FIELDS,
  notesMap,
  type Origin,
  type RecordMap,
  recordIn,
  trashMap,
} from "./doc";
import { BoardOpError } from "./errors";
import { INBOX_LANE_ID } from "./lane";
import { readNote } from "./note";
import { orderAtEnd } from "./order";
import { readTrashEntry, TRASH_KEEP_MS, type TrashEntry, trashValue } from "./trash";

export type TrashInput = {
  /** Participant id of whoever deletes; null for the server. */
  deletedBy?: string | null;
  /** Deletion time in ms; now when omitted. */
  now?: number;
};

/**
 * Moves a note from the board to the trash: its record leaves `notes` and an entry with what
 * restoring needs arrives in `trash`. Call inside the caller's transaction.
 */
export function moveToTrash(doc: Y.Doc, id: string, record: RecordMap, input: TrashInput): void {
  const note = readNote(id, record);
  if (!note) return;
  const cluster = note.cluster === null ? null : recordIn(clustersMap(doc), note.cluster);
  trashMap(doc).set(
    id,
    trashValue({
      text: note.text,
      lane: note.lane,
      cluster: cluster ? note.cluster : null,
      clusterTitle: cluster ? (readCluster(note.cluster ?? "", cluster)?.title ?? "") : null,
      color: note.color,
      author: note.author,
      createdAt: note.createdAt,
      order: note.order,
      priorVotes: note.priorVotes,
      deletedBy: input.deletedBy ?? null,
      deletedAt: input.now ?? Date.now(),
    }),
  );
  notesMap(doc).delete(id);
}

/** The entry under `id`, or unknown-note. */
export function requireTrashEntry(doc: Y.Doc, id: unknown): TrashEntry {
  const entry = typeof id === "string" ? readTrashEntry(id, trashMap(doc).get(id)) : null;
  if (!entry) throw new BoardOpError("unknown-note", `no deleted note ${String(id)}`);
  return entry;
}

export type RestoredNote = { lane: string; cluster: string | null };

/**
 * Puts a deleted note back under its own id (so the votes people gave it count again): its text,
 * colour, author, creation time and order, in its lane (the inbox when that lane is gone) and
 * its cluster. When the cluster is gone it is made again, under the same id and title, so
 * notes deleted together come back together. One transaction, which also removes the entry.
 */
export function restoreNote(doc: Y.Doc, id: string, origin: Origin = "local"): RestoredNote {
  const entry = requireTrashEntry(doc, id);
  if (notesMap(doc).has(id)) {
    throw new BoardOpError("invalid-input", `note ${id} is already on the board`);
  }
  const state = readBoard(doc);
  const laneKnown = state.lanes.some((lane) => lane.id === entry.lane);
  const existing =
    entry.cluster === null ? undefined : state.clusters.find((c) => c.id === entry.cluster);
  // A cluster that moved keeps its notes together: the note follows it to its lane.
  const lane = existing?.lane ?? (laneKnown ? entry.lane : INBOX_LANE_ID);
  const recreate = existing === undefined && entry.cluster !== null && entry.clusterTitle !== null;
  const cluster = existing?.id ?? (recreate ? entry.cluster : null);

  doc.transact(() => {
    if (recreate && cluster !== null) {
      const record = new Y.Map<unknown>();
      record.set(CLUSTER_FIELDS.title, entry.clusterTitle ?? "");
      record.set(CLUSTER_FIELDS.lane, lane);
      record.set(CLUSTER_FIELDS.order, orderAtEnd(clustersInLane(state, lane).map((c) => c.order)));
      clustersMap(doc).set(cluster, record);
    }
    notesMap(doc).set(id, noteFromEntry(entry, lane, cluster));
    trashMap(doc).delete(id);
  }, origin);
  return { lane, cluster };
}

/** A note record holding a trash entry's fields. */
export function noteFromEntry(entry: TrashEntry, lane: string, cluster: string | null): RecordMap {
  const note = new Y.Map<unknown>();
  note.set(NOTE_FIELDS.text, new Y.Text(entry.text));
  note.set(NOTE_FIELDS.lane, lane);
  if (cluster !== null) note.set(NOTE_FIELDS.cluster, cluster);
  note.set(NOTE_FIELDS.order, entry.order);
  note.set(NOTE_FIELDS.color, entry.color);
  if (entry.author !== null) note.set(NOTE_FIELDS.author, entry.author);
  if (entry.createdAt !== null) note.set(NOTE_FIELDS.createdAt, entry.createdAt);
  if (entry.priorVotes !== null) note.set(NOTE_FIELDS.priorVotes, entry.priorVotes);
  return note;
}

/**
 * Removes trash entries deleted more than 30 days before `now` (and anything in the trash that
 * is not an entry), in one transaction; none when nothing is due. Returns how many went.
 */
export function purgeTrash(doc: Y.Doc, now = Date.now(), origin: Origin = "server"): number {
  const trash = trashMap(doc);
  const due: string[] = [];
  for (const [id, value] of trash) {
    const entry = readTrashEntry(id, value);
    if (!entry || now - entry.deletedAt > TRASH_KEEP_MS) due.push(id);
  }
  if (due.length === 0) return 0;
  doc.transact(() => {
    for (const id of due) trash.delete(id);
  }, origin);
  return due.length;
}
