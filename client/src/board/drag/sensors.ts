import { MouseSensor, TouchSensor } from "@dnd-kit/core";
import type { SyntheticEvent } from "react";

/**
 * Marks the drag handle: the one button a pointer drag may start on, and the keyboard's way (the
 * keyboard sensor starts only on the activator node, the handle).
 */
export const DRAG_HANDLE = "data-drag-handle";

/** What a press starts on that must keep working as itself: no drag starts on these. */
const OWN_CONTROLS =
  "button, select, textarea, input, a[href], label, summary, [contenteditable='true'], [role='menu'], [role='dialog']";

/**
 * A drag may start anywhere on a card's body, as people grab sticky notes, or on its handle;
 * not on the card's buttons, menus or open editor, which keep their own clicks and taps.
 */
export function startsOnBody(event: SyntheticEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target.closest(`[${DRAG_HANDLE}]`)) return true;
  return target.closest(OWN_CONTROLS) === null;
}

type Activator<E extends "onMouseDown" | "onTouchStart"> = {
  eventName: E;
  handler: (event: never, options: never) => boolean | undefined;
};

/** `activator`, refusing presses that start on a card's own controls. */
function fromBody<E extends "onMouseDown" | "onTouchStart">(activator: Activator<E> | undefined) {
  if (!activator) throw new Error("dnd-kit sensor without an activator");
  return [
    {
      eventName: activator.eventName,
      handler: (event: SyntheticEvent, options: object) =>
        startsOnBody(event) && (activator.handler(event as never, options as never) ?? false),
    },
  ];
}

/** A mouse drag from a card's body or handle, after it moved 5 px (a click still edits). */
export class BodyMouseSensor extends MouseSensor {
  static override activators = fromBody(MouseSensor.activators[0]);
}

/**
 * A touch drag from a card's body or handle after a long press (200 ms held within 8 px), so a
 * swipe over the notes still scrolls the page.
 */
export class BodyTouchSensor extends TouchSensor {
  static override activators = fromBody(TouchSensor.activators[0]);
}
