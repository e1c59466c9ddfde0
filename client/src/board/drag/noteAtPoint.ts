import { sightRange } from "../sight/sightRange";

/** A box on screen, as `getBoundingClientRect` gives it. */
export type Box = { top: number; bottom: number; left: number; right: number; height: number };

const inside = (box: Box, x: number, y: number) =>
  x >= box.left && x <= box.right && y >= box.top && y < box.bottom;

/**
 * The note card at (x, y) in `list` (a lane's list of cards), or among the notes of the cluster
 * card there: a binary search of the list's cards by their boxes, as for what is in sight
 * (`sightRange`), so a pointer move looks at a dozen cards however many the lane holds. Null
 * outside the part of the list that shows (a card scrolled out of its list still has a box,
 * behind the lane's heading or its add button), between cards, and on a cluster's own title.
 *
 * Notes are found here rather than as dnd-kit droppables: dnd-kit renders every droppable again
 * when a drag starts and measures each one, so on a large board the pickup paid for every card
 * in sight; only the lanes, lane tabs, clusters and the dragged card are droppables.
 */
export function noteAtPoint(list: Element, x: number, y: number): { id: string; box: Box } | null {
  if (!inside(list.getBoundingClientRect(), x, y)) return null;
  const cards = list.children;
  const boxOf = (index: number): Box => (cards[index] as Element).getBoundingClientRect();
  const range = sightRange(cards.length, boxOf, y, y + 1, 0);
  if (!range) return null;
  const card = cards[range[0]] as HTMLElement;
  const box = boxOf(range[0]);
  if (!inside(box, x, y)) return null;
  const note = card.dataset.note;
  if (note !== undefined) return { id: note, box };
  const notes = card.querySelector(".cluster-notes");
  return notes ? noteAtPoint(notes, x, y) : null;
}
