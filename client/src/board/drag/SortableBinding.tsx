import type { DraggableSyntheticListeners } from "@dnd-kit/core";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { type RefObject, useLayoutEffect } from "react";

/** What a card's own elements forward to its binding while one is mounted. */
export type BindingSlot = { listeners: DraggableSyntheticListeners };

type Props = {
  id: string;
  /** The card's element and its handle, once mounted (state, not refs: see the effect). */
  card: HTMLElement | null;
  handle: HTMLElement | null;
  slot: RefObject<BindingSlot>;
  onDragging(dragging: boolean): void;
};

/**
 * A note's part in dragging, rendered apart from the card: dnd-kit renders every sortable again
 * when a drag starts and measures each, so a card carries one only from a press on it until the
 * press or its drag ends (see NoteCard). It renders nothing; it registers the card's element as
 * draggable (and droppable, where the pointer finds it over itself), and hands its listeners to
 * the card through `slot`.
 */
export function SortableBinding({ id, card, handle, slot, onDragging }: Props) {
  const { listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id });
  // A binding mounted with its card runs its effects before the card's refs are set, so the
  // elements come as props and the registration follows them.
  useLayoutEffect(() => {
    setNodeRef(card);
    setActivatorNodeRef(handle);
  }, [card, handle, setNodeRef, setActivatorNodeRef]);
  useLayoutEffect(() => {
    slot.current.listeners = listeners;
    return () => {
      slot.current.listeners = undefined;
    };
  }, [slot, listeners]);
  useLayoutEffect(() => {
    if (!card) return;
    card.style.transform = CSS.Translate.toString(transform) ?? "";
    card.style.transition = transition ?? "";
  }, [card, transform, transition]);
  useLayoutEffect(() => onDragging(isDragging), [isDragging, onDragging]);
  return null;
}
