/** A place in a lane for moveNote: before a note, after one, or at the end. */
export type DropPosition = { lane: string; before?: string; after?: string };

/** The place at `index` among `others` (the lane's notes without the moved one). */
export function positionAt(lane: string, others: readonly string[], index: number): DropPosition {
  const before = others[index];
  if (before) return { lane, before };
  const last = others[others.length - 1];
  return last ? { lane, after: last } : { lane };
}

/**
 * Where a pointer drop lands: on a lane, at its end; on a note, in that note's place, after it
 * when the moved note came from above it in the same lane.
 */
export function pointerDrop(
  activeId: string,
  overId: string,
  laneOf: (noteId: string) => string | undefined,
  idsInLane: (lane: string) => readonly string[],
): DropPosition | null {
  if (overId.startsWith("lane:")) {
    const lane = overId.slice("lane:".length);
    return positionAt(
      lane,
      idsInLane(lane).filter((id) => id !== activeId),
      Number.POSITIVE_INFINITY,
    );
  }
  const lane = laneOf(overId);
  if (!lane || overId === activeId) return null;
  const ids = idsInLane(lane);
  const from = ids.indexOf(activeId);
  const to = ids.indexOf(overId);
  const others = ids.filter((id) => id !== activeId);
  const index = others.indexOf(overId) + (from !== -1 && from < to ? 1 : 0);
  return positionAt(lane, others, index);
}
