import {
  type Collision,
  type CollisionDetection,
  type DroppableContainer,
  pointerWithin,
  rectIntersection,
} from "@dnd-kit/core";
import { parseDragId } from "./dragIds";
import { type Hit, type Zone, zoneAt } from "./dropTarget";
import { noteAtPoint } from "./noteAtPoint";

/**
 * How much a droppable of each kind wins when several are under the pointer; lower wins. The
 * one note droppable is the dragged note itself, found under the pointer as any note is.
 */
function rank(dropId: string, draggingCluster: boolean): number {
  const { kind } = parseDragId(dropId);
  if (kind === "lane") return 2;
  if (kind === "cluster") return draggingCluster ? 0 : 1;
  return Number.POSITIVE_INFINITY;
}

/**
 * Whether the pointer is over the part of a card's lane list that shows: a card scrolled out of
 * its list is still measured where it would be, behind the lane's heading or its add button,
 * and must not take a drop meant for those.
 */
function shownAt(container: DroppableContainer | undefined, x: number, y: number): boolean {
  const list = container?.node.current?.closest("ul.notes");
  if (!list) return true;
  const box = list.getBoundingClientRect();
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

function containerOf(hit: Collision): DroppableContainer | undefined {
  return (hit.data as { droppableContainer?: DroppableContainer } | undefined)?.droppableContainer;
}

/**
 * The note under the pointer, in the list of a lane it is over (see noteAtPoint): notes are
 * not droppables, but for the dragged one.
 */
function noteHit(within: Collision[], x: number, y: number): Collision | null {
  for (const hit of within) {
    if (!String(hit.id).startsWith("lane:")) continue;
    const list = containerOf(hit)?.node.current?.querySelector("ul.notes");
    const note = list ? noteAtPoint(list, x, y) : null;
    if (note) return { id: note.id, data: { zone: zoneAt(y, note.box) } };
  }
  return null;
}

/**
 * With a pointer: the innermost card under it (a note, else a cluster, else the lane), with the
 * zone of the card the pointer is in, so a drop can group or place (see zoneAt). Without one
 * (keyboard), overlapping rectangles, as before; keyboard drops use their own target.
 */
export const boardCollisions: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const pointer = args.pointerCoordinates;
  if (within.length === 0 || !pointer) return rectIntersection(args);
  const draggingCluster = parseDragId(String(args.active.id)).kind === "cluster";
  // A dragged cluster goes among clusters: a note under the pointer counts as its lane.
  const note = draggingCluster ? null : noteHit(within, pointer.x, pointer.y);
  if (note) return [note];
  const best = within
    .map((hit) => ({ hit, rank: rank(String(hit.id), draggingCluster) }))
    .filter(({ rank }) => Number.isFinite(rank))
    .filter(({ hit, rank }) => rank === 2 || shownAt(containerOf(hit), pointer.x, pointer.y))
    .sort((a, b) => a.rank - b.rank)[0]?.hit;
  if (!best) return [];
  const rect = args.droppableRects.get(best.id);
  const zone: Zone = rect ? zoneAt(pointer.y, rect, draggingCluster ? 0.5 : 0.25) : "middle";
  return [{ ...best, data: { ...best.data, zone } }];
};

/** The hit a drag event's collisions name, if any. */
export function hitOf(collisions: Collision[] | null): Hit | null {
  const first = collisions?.[0];
  if (!first) return null;
  const zone = (first.data as { zone?: Zone } | undefined)?.zone ?? "middle";
  return { dropId: String(first.id), zone };
}
