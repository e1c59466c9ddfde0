import type { ClusterPlace, NotePlace } from "../../state/clusterActions";
import type { DropHint } from "../../state/clusterUiStore";
import { clusterDragId } from "./dragIds";
import type { BoardView } from "./dropTarget";

/**
 * A place a note picked up with the keyboard can land in a lane. Each cluster, and then the
 * lane's loose notes, offer a place before each of their notes and one at their end, so the end
 * of one cluster and the start of the next are two stops, announced apart.
 */
export type Slot<P> = {
  place: P;
  /** Where in its group: 1-based position and how many places the group has. */
  position: number;
  of: number;
  /** The note or cluster the slot is next to, for the hint and for the overlay's position. */
  hint: DropHint | null;
};

export type NoteSlot = Slot<NotePlace>;

export function noteSlots(view: BoardView, lane: string, active: string): NoteSlot[] {
  const groups: { cluster: string | null; ids: string[] }[] = [
    ...(view.clusterIdsByLane[lane] ?? []).map((cluster) => ({
      cluster,
      ids: view.noteIdsByCluster[cluster] ?? [],
    })),
    { cluster: null, ids: view.looseNoteIdsByLane[lane] ?? [] },
  ];
  return groups.flatMap(({ cluster, ids }) => {
    const others = ids.filter((id) => id !== active);
    const of = others.length + 1;
    const last = others.at(-1);
    const slots: NoteSlot[] = others.map((before, i) => ({
      place: { lane, before, cluster },
      position: i + 1,
      of,
      hint: { target: before, look: "before" },
    }));
    slots.push({
      place: last ? { lane, after: last, cluster } : { lane, cluster },
      position: of,
      of,
      hint: last
        ? { target: last, look: "after" }
        : cluster
          ? { target: clusterDragId(cluster), look: "join" }
          : null,
    });
    return slots;
  });
}

/** The slot a note is in now: picking it up and dropping it there changes nothing. */
export function currentNoteSlot(view: BoardView, active: string): number {
  const note = view.notes[active];
  if (!note) return 0;
  const slots = noteSlots(view, note.lane, active);
  const group = note.cluster
    ? (view.noteIdsByCluster[note.cluster] ?? [])
    : (view.looseNoteIdsByLane[note.lane] ?? []);
  const at = group.indexOf(active);
  const found = slots.findIndex(
    (slot) => slot.place.cluster === note.cluster && slot.position === at + 1,
  );
  return Math.max(0, found);
}

/** The places a cluster picked up with the keyboard can land: before each cluster, or last. */
export function clusterSlots(view: BoardView, lane: string, active: string): Slot<ClusterPlace>[] {
  const others = (view.clusterIdsByLane[lane] ?? []).filter((id) => id !== active);
  const of = others.length + 1;
  const last = others.at(-1);
  return [
    ...others.map((before, i) => ({
      place: { lane, before },
      position: i + 1,
      of,
      hint: { target: clusterDragId(before), look: "before" as const },
    })),
    {
      place: last ? { lane, after: last } : { lane },
      position: of,
      of,
      hint: last ? { target: clusterDragId(last), look: "after" as const } : null,
    },
  ];
}

/** The slot a cluster is in now. */
export function currentClusterSlot(view: BoardView, active: string): number {
  const lane = view.clusters[active]?.lane;
  return Math.max(0, lane ? (view.clusterIdsByLane[lane] ?? []).indexOf(active) : 0);
}
