/**
 * Ids of dnd-kit draggables and droppables: a note's is its own id (record ids have no colon),
 * a lane's and a cluster's are prefixed, and a cluster uses the same id to drag and to drop on.
 */
export const laneDroppableId = (lane: string) => `lane:${lane}`;
/** A lane's tab on a narrow screen: a drop there counts as a drop on the lane's empty space. */
export const laneTabDroppableId = (lane: string) => `lanetab:${lane}`;
export const clusterDragId = (cluster: string) => `cluster:${cluster}`;

export type DragItem = { kind: "lane" | "cluster" | "note"; id: string };

export function parseDragId(dragId: string): DragItem {
  if (dragId.startsWith("lane:")) return { kind: "lane", id: dragId.slice("lane:".length) };
  if (dragId.startsWith("lanetab:")) return { kind: "lane", id: dragId.slice("lanetab:".length) };
  if (dragId.startsWith("cluster:")) {
    return { kind: "cluster", id: dragId.slice("cluster:".length) };
  }
  return { kind: "note", id: dragId };
}

/**
 * The id of the hidden text that tells how to drag with the keyboard (dnd-kit names it after
 * the DndContext's id), so a handle can point to it before its card joins the drag.
 */
export const DRAG_INSTRUCTIONS_ID = "drag-instructions";
