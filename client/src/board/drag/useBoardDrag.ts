import {
  type Announcements,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  KeyboardSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { t } from "../../i18n/i18n";
import { setDragging } from "../../state/actions";
import { useBoardStore } from "../../state/boardStore";
import { groupNotes, joinCluster, placeCluster, placeNote } from "../../state/clusterActions";
import { setDropHint } from "../../state/clusterUiStore";
import { showLane } from "../../state/uiStore";
import { boardCollisions, hitOf } from "./collisions";
import { DRAG_INSTRUCTIONS_ID, type DragItem, parseDragId } from "./dragIds";
import { resolveClusterDrop, resolveNoteDrop } from "./dropTarget";
import { type KeyboardTarget, keyboardMoves } from "./keyboardMoves";
import { clusterSlots, currentClusterSlot, currentNoteSlot, noteSlots } from "./keyboardSlots";
import { BodyMouseSensor, BodyTouchSensor } from "./sensors";

const what = (id: unknown) => (parseDragId(String(id)).kind === "cluster" ? "cluster" : "note");

/** What screen readers are told as a drag starts and ends, in the page's language then. */
const announcements: Announcements = {
  onDragStart: ({ active }) => t(`board:drag.pickedUp.${what(active.id)}`),
  onDragOver: () => undefined,
  onDragEnd: ({ active }) => t(`board:drag.dropped.${what(active.id)}`),
  onDragCancel: ({ active }) => t(`board:drag.cancelled.${what(active.id)}`),
};

/** Applies a pointer drop of `item` on what the drag's collisions name. */
function dropWithPointer(item: DragItem, event: DragEndEvent): void {
  const hit = hitOf(event.collisions);
  if (!hit) return;
  // Dropped on a lane's tab (a narrow screen): show that lane, where the card now is.
  if (hit.dropId.startsWith("lanetab:")) showLane(parseDragId(hit.dropId).id);
  const view = useBoardStore.getState();
  if (item.kind === "cluster") {
    const resolved = resolveClusterDrop(view, item.id, hit);
    if (resolved) placeCluster(item.id, resolved.drop);
    return;
  }
  const drop = resolveNoteDrop(view, item.id, hit)?.drop;
  if (drop?.kind === "place") placeNote(item.id, drop.place);
  else if (drop?.kind === "group") groupNotes(item.id, drop.target);
  else if (drop?.kind === "join") joinCluster(item.id, drop.cluster);
}

/**
 * Drag and drop of notes and clusters: sensors for pointer, touch and keyboard, the drop
 * rules of dropTarget (pointer) and keyboardSlots (keyboard), the hint on the card a drop would
 * land on, and what is being dragged, for the overlay that follows the pointer.
 */
export function useBoardDrag() {
  const keyboardTarget = useRef<KeyboardTarget | null>(null);
  // Read through the hook, so a language switch renders the board and its instructions again.
  const instructions = useTranslation("board").t("drag.instructions");
  const keyboardStart = useRef<KeyboardTarget | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [dragged, setDragged] = useState<DragItem | null>(null);
  const coordinateGetter = useMemo(() => keyboardMoves(keyboardTarget, setAnnouncement), []);
  const sensors = useSensors(
    // Mouse and touch apart: a mouse drags at once, a finger after a long press, so a swipe
    // still scrolls. Both start anywhere on a card's body (see sensors.ts).
    useSensor(BodyMouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(BodyTouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );

  function end() {
    keyboardTarget.current = null;
    keyboardStart.current = null;
    setDragged(null);
    setDropHint(null);
    setDragging(null);
  }

  function onDragStart({ active, activatorEvent }: DragStartEvent) {
    const item = parseDragId(String(active.id));
    setDragged(item);
    if (item.kind === "note") setDragging(item.id);
    const view = useBoardStore.getState();
    const lane = item.kind === "note" ? view.notes[item.id]?.lane : view.clusters[item.id]?.lane;
    if (!(activatorEvent instanceof KeyboardEvent) || !lane || item.kind === "lane") return;
    const index =
      item.kind === "note" ? currentNoteSlot(view, item.id) : currentClusterSlot(view, item.id);
    keyboardTarget.current = { kind: item.kind, id: item.id, lane, index };
    keyboardStart.current = keyboardTarget.current;
  }

  function onDragMove({ active, collisions }: DragMoveEvent) {
    if (keyboardTarget.current) return;
    const item = parseDragId(String(active.id));
    const hit = hitOf(collisions);
    const view = useBoardStore.getState();
    const resolved = !hit
      ? null
      : item.kind === "cluster"
        ? resolveClusterDrop(view, item.id, hit)
        : resolveNoteDrop(view, item.id, hit);
    setDropHint(resolved?.hint ?? null);
  }

  function onDragEnd(event: DragEndEvent) {
    const item = parseDragId(String(event.active.id));
    const target = keyboardTarget.current;
    const start = keyboardStart.current;
    end();
    if (!target) return dropWithPointer(item, event);
    if (start && start.lane === target.lane && start.index === target.index) return;
    const view = useBoardStore.getState();
    if (target.kind === "cluster") {
      const slot = clusterSlots(view, target.lane, target.id)[target.index];
      if (slot) placeCluster(target.id, slot.place);
    } else {
      const slot = noteSlots(view, target.lane, target.id)[target.index];
      if (slot) placeNote(target.id, slot.place);
    }
  }

  return {
    dragged,
    announcement,
    context: {
      id: DRAG_INSTRUCTIONS_ID,
      sensors,
      collisionDetection: boardCollisions,
      onDragStart,
      onDragMove,
      onDragEnd,
      onDragCancel: end,
      accessibility: { screenReaderInstructions: { draggable: instructions }, announcements },
    },
  };
}
