import type { BoardStore } from "../../state/boardStore";
import type { ClusterPlace, NotePlace } from "../../state/clusterActions";
import type { DropHint } from "../../state/clusterUiStore";
import { clusterDragId, parseDragId } from "./dragIds";

/** The store's parts that say where notes and clusters are. */
export type BoardView = Pick<
  BoardStore,
  | "notes"
  | "clusters"
  | "clusterIdsByLane"
  | "noteIdsByCluster"
  | "looseNoteIdsByLane"
  | "shownNoteIdsByLane"
>;

/** Which part of a card the pointer is over. */
export type Zone = "before" | "middle" | "after";

/**
 * Grouping and reordering share one gesture, told apart by where the pointer is on the card it
 * is over: the top and bottom `edge` of a note's height place the moved note before or after it
 * (a line shows where), the middle groups with it (an outline says "Drop to group"). A quarter
 * each way leaves a note's middle half, most of its text, for grouping; clusters dragged over
 * clusters use halves, since a cluster never groups with a cluster.
 */
export function zoneAt(y: number, rect: { top: number; height: number }, edge = 0.25): Zone {
  const at = (y - rect.top) / Math.max(rect.height, 1);
  if (at < edge) return "before";
  if (at >= 1 - edge) return "after";
  return "middle";
}

/** What the pointer is over: a droppable id and the zone of it under the pointer. */
export type Hit = { dropId: string; zone: Zone };

export type NoteDrop =
  | { kind: "place"; place: NotePlace }
  | { kind: "group"; target: string }
  | { kind: "join"; cluster: string };

export type Resolved<T> = { drop: T; hint: DropHint | null };

/**
 * What dropping note `active` on `hit` does: empty lane space puts it at the lane's end out of
 * any cluster; a cluster's own panel or the middle of a note in it joins that cluster; the
 * middle of a note in no cluster makes a new cluster of both; a note's edges place it next to
 * that note, in that note's cluster or in none. Null when the drop would do nothing.
 */
export function resolveNoteDrop(
  view: BoardView,
  active: string,
  hit: Hit,
): Resolved<NoteDrop> | null {
  const over = parseDragId(hit.dropId);
  if (over.kind === "lane") {
    return { drop: { kind: "place", place: { lane: over.id, cluster: null } }, hint: null };
  }
  if (over.kind === "cluster") {
    if (!view.clusters[over.id]) return null;
    return {
      drop: { kind: "join", cluster: over.id },
      hint: { target: hit.dropId, look: "join" },
    };
  }
  const target = view.notes[over.id];
  if (!target || over.id === active) return null;
  const cluster = target.cluster;
  let zone = hit.zone;
  if (zone === "middle" && cluster !== null && cluster === view.notes[active]?.cluster) {
    // Within its own cluster a note takes the place of the one it is dropped on.
    const ids = view.noteIdsByCluster[cluster] ?? [];
    zone = ids.indexOf(active) < ids.indexOf(over.id) ? "after" : "before";
  }
  if (zone === "middle") {
    return cluster === null
      ? { drop: { kind: "group", target: over.id }, hint: { target: over.id, look: "group" } }
      : {
          drop: { kind: "join", cluster },
          hint: { target: clusterDragId(cluster), look: "join" },
        };
  }
  return {
    drop: { kind: "place", place: { lane: target.lane, [zone]: over.id, cluster } },
    hint: { target: over.id, look: zone },
  };
}

/**
 * What dropping cluster `active` on `hit` does: on a lane (or a note in no cluster) it goes
 * after the lane's clusters; on another cluster, before or after it by the pointer's half.
 */
export function resolveClusterDrop(
  view: BoardView,
  active: string,
  hit: Hit,
): Resolved<ClusterPlace> | null {
  const over = parseDragId(hit.dropId);
  if (over.kind === "lane") return { drop: { lane: over.id }, hint: null };
  if (over.kind === "note") {
    const lane = view.notes[over.id]?.lane;
    return lane ? { drop: { lane }, hint: null } : null;
  }
  const target = view.clusters[over.id];
  if (!target || over.id === active) return null;
  const side = hit.zone === "before" ? "before" : "after";
  return {
    drop: { lane: target.lane, [side]: over.id },
    hint: { target: hit.dropId, look: side },
  };
}
