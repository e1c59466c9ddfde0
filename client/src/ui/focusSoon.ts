import { wakeCard } from "./wakeCard";

/**
 * Focuses what `selector` finds once it is on screen (a changed card renders a frame or two
 * later), else `fallback`, so keyboard focus never drops to the page. When the target is not
 * there yet, the card of note `noteId` (out of sight, light) is asked for its controls.
 */
export function focusSoon(
  selector: string | null,
  fallback: HTMLElement | null = null,
  noteId?: string,
): void {
  let tries = 0;
  const focus = () => {
    const target = selector ? document.querySelector<HTMLElement>(selector) : null;
    if (target) target.focus();
    else if (selector && ++tries < 10) {
      if (tries === 1 && noteId !== undefined) wakeCard(noteId);
      requestAnimationFrame(focus);
    } else if (fallback?.isConnected) fallback.focus();
  };
  requestAnimationFrame(focus);
}

/** The attribute that finds a note's "Edit note" button again. */
export const EDIT_NOTE = "data-edit-note";
export const editButtonOf = (noteId: string) => `[${EDIT_NOTE}="${CSS.escape(noteId)}"]`;

/** The attribute that finds an item's "Vote for" button again. */
export const VOTE_FOR = "data-vote-for";
export const voteButtonOf = (itemId: string) => `[${VOTE_FOR}="${CSS.escape(itemId)}"]`;

/**
 * Where focus goes when the note in `card` is deleted: the next note's Edit button, else the
 * previous one's, else the lane's add button.
 */
export function focusAfterDelete(card: Element | null): void {
  const sibling = (from: Element | null, next: boolean): string | null => {
    let at = next ? from?.nextElementSibling : from?.previousElementSibling;
    while (at && !at.matches("li.note"))
      at = next ? at.nextElementSibling : at.previousElementSibling;
    return at?.getAttribute("data-note") ?? null;
  };
  const neighbour = sibling(card, true) ?? sibling(card, false);
  const addButton = card?.closest("section")?.querySelector<HTMLElement>(".add-note") ?? null;
  focusSoon(neighbour ? editButtonOf(neighbour) : null, addButton, neighbour ?? undefined);
}
