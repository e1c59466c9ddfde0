import { INBOX_LANE_ID } from "../lane";
import { type Ranked, rankItems } from "./ranking";

// The one order every export, the meeting's combined export and the printable page list a board
// in, so a reader of any of them sees the room's decisions in the same sequence:
//
// - lanes in board order, but Unsorted last: the decided priorities come first;
// - within a lane, clusters and loose notes ranked together as Review ranks them (a cluster
//   counts its own votes and its notes'; ties share a rank and keep board order) when the
//   export holds vote totals, else in board order, clusters first as the board shows them;
// - a cluster's notes likewise;
// - notes holding only whitespace are left out: nobody wrote anything on them.

export type VotedNote = { id: string; text: string; votes: number | null };
export type VotedCluster = { id: string; votes: number | null; notes: readonly VotedNote[] };
export type VotedLane = {
  id: string;
  clusters: readonly VotedCluster[];
  notes: readonly VotedNote[];
};

type NoteOf<L extends VotedLane> = L["notes"][number];
type ClusterOf<L extends VotedLane> = L["clusters"][number];
type ClusterNoteOf<L extends VotedLane> = ClusterOf<L>["notes"][number];

/** A place in the room's order: its rank is null when the export has no vote totals. */
export type RoomItem<L extends VotedLane> =
  | {
      kind: "cluster";
      cluster: ClusterOf<L>;
      /** The cluster's notes in the room's order. */
      notes: ClusterNoteOf<L>[];
      rank: number | null;
    }
  | { kind: "note"; note: NoteOf<L>; rank: number | null };

export type RoomLane<L extends VotedLane> = { lane: L; items: RoomItem<L>[] };

/** Whether a note has anything written on it. */
export function hasText(note: { text: string }): boolean {
  return note.text.trim() !== "";
}

/** Lanes in board order with the inbox moved to the end. */
export function lanesInRoomOrder<L extends { id: string }>(lanes: readonly L[]): L[] {
  return [
    ...lanes.filter((lane) => lane.id !== INBOX_LANE_ID),
    ...lanes.filter((lane) => lane.id === INBOX_LANE_ID),
  ];
}

function rankedBy<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  scoreOf: (item: T) => number | null,
): { item: T; rank: number | null }[] {
  const scores: Record<string, number> = {};
  let voted = false;
  const keys = items.map((item, index) => {
    // Positions, not ids: a note and a cluster may (from another program) share an id.
    const key = `${index}:${idOf(item)}`;
    const score = scoreOf(item);
    if (score !== null) voted = true;
    scores[key] = score ?? 0;
    return key;
  });
  if (!voted) return items.map((item) => ({ item, rank: null }));
  const byKey = new Map(keys.map((key, index) => [key, items[index] as T]));
  return rankItems(keys, scores).map((ranked: Ranked) => ({
    item: byKey.get(ranked.id) as T,
    rank: ranked.rank,
  }));
}

/** A cluster's score in Review: its own votes plus its notes', or null without totals. */
export function clusterScore(cluster: VotedCluster): number | null {
  const counted = [cluster.votes, ...cluster.notes.map((note) => note.votes)];
  if (counted.every((votes) => votes === null)) return null;
  return counted.reduce<number>((sum, votes) => sum + (votes ?? 0), 0);
}

/** Notes with text, in the room's order (ranked when they carry votes). */
export function notesInRoomOrder<N extends VotedNote>(notes: readonly N[]): N[] {
  return rankedBy(
    notes.filter(hasText),
    (note) => note.id,
    (note) => note.votes,
  ).map(({ item }) => item);
}

/** One lane's clusters and loose notes in the room's order (see above). */
export function laneInRoomOrder<L extends VotedLane>(lane: L): RoomItem<L>[] {
  type Entry =
    | { kind: "cluster"; cluster: ClusterOf<L>; notes: ClusterNoteOf<L>[] }
    | { kind: "note"; note: NoteOf<L> };
  const entries: Entry[] = [
    ...lane.clusters.map(
      (cluster: ClusterOf<L>): Entry => ({
        kind: "cluster",
        cluster,
        notes: notesInRoomOrder(cluster.notes as readonly ClusterNoteOf<L>[]),
      }),
    ),
    ...lane.notes.filter(hasText).map((note: NoteOf<L>): Entry => ({ kind: "note", note })),
  ];
  const ranked = rankedBy(
    entries,
    (entry) => (entry.kind === "cluster" ? entry.cluster.id : entry.note.id),
    (entry) => (entry.kind === "cluster" ? clusterScore(entry.cluster) : entry.note.votes),
  );
  return ranked.map(({ item, rank }) => ({ ...item, rank }));
}

/** The lanes (inbox last), each with its items in the room's order. */
export function roomOrder<L extends VotedLane>(lanes: readonly L[]): RoomLane<L>[] {
  return lanesInRoomOrder(lanes).map((lane) => ({ lane, items: laneInRoomOrder(lane) }));
}

/** The sequence of note ids a reader meets: each cluster's notes where the cluster stands. */
export function noteSequence<L extends VotedLane>(lanes: readonly RoomLane<L>[]): string[] {
  return lanes.flatMap(({ items }) =>
    items.flatMap((item) =>
      item.kind === "cluster" ? item.notes.map((note) => note.id) : [item.note.id],
    ),
  );
}
