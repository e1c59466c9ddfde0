import type { KeyboardCoordinateGetter } from "@dnd-kit/core";
import { useBoardStore } from "../state/boardStore";

/** Where a note picked up with the keyboard would land: a lane and a place in it. */
export type KeyboardTarget = { lane: string; index: number };

export const laneDroppableId = (lane: string) => `lane:${lane}`;

/**
 * Arrow keys for a note picked up with the keyboard: left and right go to the neighbouring
 * lane (its end), up and down move within the lane. The target is kept by the caller and used
 * on drop, so the move does not depend on where rectangles happen to overlap.
 */
export function keyboardMoves(
  target: { current: KeyboardTarget | null },
  announce: (message: string) => void,
): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const { lanes, noteIdsByLane } = useBoardStore.getState();
    const activeId = String(context.active?.id ?? "");
    const current = target.current;
    if (!current) return undefined;
    const laneIndex = lanes.findIndex((lane) => lane.id === current.lane);
    let next: KeyboardTarget = current;
    const others = (lane: string) => (noteIdsByLane[lane] ?? []).filter((id) => id !== activeId);
    if (event.code === "ArrowRight" || event.code === "ArrowLeft") {
      const lane = lanes[laneIndex + (event.code === "ArrowRight" ? 1 : -1)];
      if (lane) next = { lane: lane.id, index: others(lane.id).length };
    } else if (event.code === "ArrowDown" || event.code === "ArrowUp") {
      const count = others(current.lane).length;
      const index = current.index + (event.code === "ArrowDown" ? 1 : -1);
      next = { lane: current.lane, index: Math.max(0, Math.min(count, index)) };
    } else {
      return undefined;
    }
    event.preventDefault();
    target.current = next;
    const lane = lanes.find((l) => l.id === next.lane);
    const count = others(next.lane).length;
    announce(`${lane?.title ?? "Lane"}, position ${next.index + 1} of ${count + 1}`);
    // Move the picked-up note on screen to where it would land.
    const neighbour = others(next.lane)[next.index];
    const rect = context.droppableRects.get(neighbour ?? laneDroppableId(next.lane));
    if (!rect) return undefined;
    const below = neighbour ? 0 : Math.max(48, rect.height - 72);
    return { x: rect.left + 8, y: rect.top + below };
  };
}
