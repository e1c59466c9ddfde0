import { type BoardState, INBOX_LANE_ID, type Lane, type Note } from "@roundtable/shared";
import { create } from "zustand";
import type { ConnectionState } from "../sync/connection";
import type { Person } from "../sync/presence";
import { type ClusterMirror, emptyClusterMirror, reconcileClusters } from "./clusterMirror";
import { reuseIdLists } from "./reuse";
import { collectPriorVotes, countNotesByAuthor, reuseCounts } from "./totals";

/**
 * A note as the board shows it. `draft` marks a note written while writing is private: it lives
 * only on this laptop until the facilitator reveals the notes.
 */
export type BoardNote = Note & { draft?: true };

/**
 * The read-only mirror of the board for React: only the bridge (bindBoard) writes the board
 * part, and it keeps unchanged notes as the same objects, so a component that selects one note
 * re-renders only when that note changes.
 */
export type BoardStore = ClusterMirror & {
  loaded: boolean;
  title: string;
  lanes: Lane[];
  notes: Record<string, BoardNote>;
  /** Each lane's notes in order: the shared ones, then this person's private drafts. */
  noteIdsByLane: Record<string, string[]>;
  /** Notes on the shared board per author (participant id); private drafts do not count. */
  notesByAuthor: Record<string, number>;
  /** Vote totals an import brought along (history), by note or cluster id. */
  priorVotes: Record<string, number>;
  people: Person[];
  /** Who else is editing or dragging each note, by note id: what a card shows, found in one look. */
  othersOnNote: Record<string, string>;
  connection: ConnectionState;
  canUndo: boolean;
  canRedo: boolean;
};

export const initialBoardStore: BoardStore = {
  loaded: false,
  title: "",
  lanes: [],
  notes: {},
  noteIdsByLane: {},
  notesByAuthor: {},
  priorVotes: {},
  ...emptyClusterMirror,
  people: [],
  othersOnNote: {},
  connection: { status: "connecting", unsaved: 0, refusal: null, held: false },
  canUndo: false,
  canRedo: false,
};

export const useBoardStore = create<BoardStore>(() => initialBoardStore);

export function sameNote(a: BoardNote, b: BoardNote): boolean {
  return (
    a.draft === b.draft &&
    a.text === b.text &&
    a.lane === b.lane &&
    a.cluster === b.cluster &&
    a.order === b.order &&
    a.color === b.color &&
    a.author === b.author &&
    a.createdAt === b.createdAt &&
    a.priorVotes === b.priorVotes
  );
}

export function sameLane(a: Lane, b: Lane | undefined): boolean {
  return (
    b !== undefined &&
    a.id === b.id &&
    a.title === b.title &&
    a.subtitle === b.subtitle &&
    a.order === b.order
  );
}

/** `next`, or `previous` when every lane is the same. */
export function reuseLanes(previous: Lane[], next: Lane[]): Lane[] {
  const same =
    previous.length === next.length && previous.every((lane, i) => sameLane(lane, next[i]));
  return same ? previous : next;
}

/** `next` with every entry that equals the previous one replaced by the previous object. */
function reuse<T>(
  previous: Record<string, T>,
  next: Record<string, T>,
  same: (a: T, b: T) => boolean,
): Record<string, T> {
  for (const [id, value] of Object.entries(next)) {
    const before = previous[id];
    if (before !== undefined && same(before, value)) next[id] = before;
  }
  return next;
}

/** Ids per lane (every lane present, maybe empty), reusing unchanged lists. */
function idsByLane(
  previous: Record<string, string[]>,
  laneIds: readonly string[],
  items: readonly { id: string; lane: string }[],
): Record<string, string[]> {
  const ids: Record<string, string[]> = {};
  for (const lane of laneIds) ids[lane] = [];
  for (const item of items) {
    const list = ids[item.lane] ?? [];
    list.push(item.id);
    ids[item.lane] = list;
  }
  return reuseIdLists(previous, ids);
}

export type BoardPart = Pick<
  BoardStore,
  | "title"
  | "lanes"
  | "notes"
  | "noteIdsByLane"
  | "notesByAuthor"
  | "priorVotes"
  | keyof ClusterMirror
>;

/**
 * The store's board part for `board` and this person's private `drafts`, reusing every object
 * that did not change. Drafts follow the lane's shared notes, in their own order; a draft the
 * board already holds (published a moment ago) shows once, as the board's note.
 */
export function reconcile(
  previous: BoardPart,
  board: BoardState,
  drafts: readonly Note[] = [],
): BoardPart {
  const laneIds = board.lanes.map((lane) => lane.id);
  const known = new Set(laneIds);
  const shown: BoardNote[] = [...board.notes];
  const onBoard = new Set(board.notes.map((note) => note.id));
  for (const draft of drafts) {
    if (onBoard.has(draft.id)) continue;
    const lane = known.has(draft.lane) ? draft.lane : INBOX_LANE_ID;
    shown.push({ ...draft, lane, cluster: null, draft: true });
  }
  const notes = reuse(previous.notes, Object.fromEntries(shown.map((n) => [n.id, n])), sameNote);
  // Drafts are never in a cluster: they show among the lane's loose notes, after the board's.
  const clusters = reconcileClusters(previous, { ...board, notes: shown });
  return {
    title: board.title,
    lanes: reuseLanes(previous.lanes, board.lanes),
    notes,
    noteIdsByLane: idsByLane(previous.noteIdsByLane, laneIds, shown),
    notesByAuthor: reuseCounts(previous.notesByAuthor, countNotesByAuthor(notes)),
    priorVotes: reuseCounts(previous.priorVotes, collectPriorVotes(notes, clusters.clusters)),
    ...clusters,
  };
}
