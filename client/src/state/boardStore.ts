import type { BoardState, Lane, Note } from "@roundtable/shared";
import { create } from "zustand";
import type { ConnectionState } from "../sync/connection";
import type { Person } from "../sync/presence";
import { type ClusterMirror, emptyClusterMirror, reconcileClusters } from "./clusterMirror";
import { reuseIdLists } from "./reuse";

/**
 * The read-only mirror of the board for React: only the bridge (bindBoard) writes the board
 * part, and it keeps unchanged notes as the same objects, so a component that selects one note
 * re-renders only when that note changes.
 */
export type BoardStore = ClusterMirror & {
  loaded: boolean;
  title: string;
  lanes: Lane[];
  notes: Record<string, Note>;
  noteIdsByLane: Record<string, string[]>;
  people: Person[];
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
  ...emptyClusterMirror,
  people: [],
  connection: { status: "connecting", unsaved: 0, refusal: null },
  canUndo: false,
  canRedo: false,
};

export const useBoardStore = create<BoardStore>(() => initialBoardStore);

function sameNote(a: Note, b: Note): boolean {
  return (
    a.text === b.text &&
    a.lane === b.lane &&
    a.cluster === b.cluster &&
    a.order === b.order &&
    a.color === b.color &&
    a.author === b.author &&
    a.createdAt === b.createdAt
  );
}

/** The store's board part for `board`, reusing every object that did not change. */
export function reconcile(
  previous: BoardStore,
  board: BoardState,
): Pick<BoardStore, "title" | "lanes" | "notes" | "noteIdsByLane" | keyof ClusterMirror> {
  const notes: Record<string, Note> = {};
  const ids: Record<string, string[]> = {};
  for (const lane of board.lanes) ids[lane.id] = [];
  for (const note of board.notes) {
    const before = previous.notes[note.id];
    notes[note.id] = before && sameNote(before, note) ? before : note;
    const laneIds = ids[note.lane] ?? [];
    laneIds.push(note.id);
    ids[note.lane] = laneIds;
  }
  const noteIdsByLane = reuseIdLists(previous.noteIdsByLane, ids);
  const lanesSame =
    previous.lanes.length === board.lanes.length &&
    previous.lanes.every((lane, i) => {
      const next = board.lanes[i];
      return (
        next &&
        lane.id === next.id &&
        lane.title === next.title &&
        lane.subtitle === next.subtitle &&
        lane.order === next.order
      );
    });
  return {
    title: board.title,
    lanes: lanesSame ? previous.lanes : board.lanes,
    notes,
    noteIdsByLane,
    ...reconcileClusters(previous, board),
  };
}
