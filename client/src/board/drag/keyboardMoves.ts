import type { KeyboardCoordinateGetter } from "@dnd-kit/core";
import { t } from "../../i18n/i18n";
import { useBoardStore } from "../../state/boardStore";
import { clusterName } from "../../state/clusterNames";
import { setDropHint } from "../../state/clusterUiStore";
import { laneDroppableId } from "./dragIds";
import { clusterSlots, noteSlots, type Slot } from "./keyboardSlots";

/** The box of note `id`'s card on the page, if it is there. */
function noteBox(id: string): DOMRect | undefined {
  return document.querySelector(`li[data-note="${CSS.escape(id)}"]`)?.getBoundingClientRect();
}

/** What was picked up with the keyboard and the slot (see keyboardSlots) it would land in. */
export type KeyboardTarget = { kind: "note" | "cluster"; id: string; lane: string; index: number };

/** The slots `target`'s item can take in `lane`. */
export function slotsFor(target: KeyboardTarget, lane: string): Slot<unknown>[] {
  const view = useBoardStore.getState();
  return target.kind === "note"
    ? noteSlots(view, lane, target.id)
    : clusterSlots(view, lane, target.id);
}

function describe(target: KeyboardTarget, slot: Slot<unknown>): string {
  const { lanes, clusters } = useBoardStore.getState();
  const lane = lanes.find((l) => l.id === target.lane)?.title ?? t("board:drag.slot.lane");
  const where = { lane, position: slot.position, total: slot.of };
  if (target.kind === "cluster") return t("board:drag.slot.cluster", where);
  const cluster = (slot.place as { cluster?: string | null }).cluster;
  return cluster
    ? t("board:drag.slot.inCluster", {
        ...where,
        cluster: clusterName(clusters[cluster]?.title ?? ""),
      })
    : t("board:drag.slot.loose", where);
}

/**
 * Arrow keys for a note or cluster picked up with the keyboard: left and right go to the end of
 * the neighbouring lane, up and down step through the slots of the lane. The target is kept by
 * the caller and used on drop, so the move does not depend on where rectangles happen to
 * overlap; the card it would land next to shows a line, as for a pointer.
 */
export function keyboardMoves(
  target: { current: KeyboardTarget | null },
  announce: (message: string) => void,
): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const current = target.current;
    if (!current) return undefined;
    const { lanes } = useBoardStore.getState();
    const laneIndex = lanes.findIndex((lane) => lane.id === current.lane);
    let next: KeyboardTarget = current;
    if (event.code === "ArrowRight" || event.code === "ArrowLeft") {
      const lane = lanes[laneIndex + (event.code === "ArrowRight" ? 1 : -1)];
      if (lane) next = { ...current, lane: lane.id, index: slotsFor(current, lane.id).length - 1 };
    } else if (event.code === "ArrowDown" || event.code === "ArrowUp") {
      const count = slotsFor(current, current.lane).length;
      const index = current.index + (event.code === "ArrowDown" ? 1 : -1);
      next = { ...current, index: Math.max(0, Math.min(count - 1, index)) };
    } else {
      return undefined;
    }
    event.preventDefault();
    target.current = next;
    const slot = slotsFor(next, next.lane)[next.index];
    if (!slot) return undefined;
    setDropHint(slot.hint);
    announce(describe(next, slot));
    // Move the picked-up item on screen to where it would land: next to the card the line is
    // on (a note is no droppable, so its box is read from the page), else in its lane.
    const lane = context.droppableRects.get(laneDroppableId(next.lane));
    const near = slot.hint?.target;
    const rect = (near && (context.droppableRects.get(near) ?? noteBox(near))) || lane;
    if (!rect) return undefined;
    const look = slot.hint?.look;
    const below =
      look === "before"
        ? 0
        : look === "after"
          ? rect.height * 0.6
          : look === "join"
            ? 24
            : Math.max(48, rect.height - 72);
    return { x: rect.left + 8, y: rect.top + below };
  };
}
