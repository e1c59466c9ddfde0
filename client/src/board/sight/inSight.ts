import { useCallback, useLayoutEffect, useRef, useSyncExternalStore } from "react";
import { keyedListeners } from "../../state/keyedListeners";
import { sightRange } from "./sightRange";

/**
 * Which cards are in sight, found from the lists' geometry on scroll, resize and change: a
 * binary search over each list's cards (`sightRange`), so a frame looks at a few dozen cards,
 * however many the board holds. An IntersectionObserver watching every card did the same job,
 * but the browser recomputed all of its targets on every frame the page changed: on a
 * 2,000-note board, a third of each keystroke's frame.
 *
 * A card is a list's `li` child with `data-note` or `data-cluster`; a cluster in sight passes
 * the search on to its own list of notes.
 */
const inSight = new Set<string>();
const listeners = keyedListeners();
const lists = new Set<HTMLElement>();
let frame: number | null = null;

function cardId(element: Element): string | undefined {
  const card = element as HTMLElement;
  return card.dataset.note ?? card.dataset.cluster;
}

/** Adds the ids of `list`'s cards in sight between `top` and `bottom` to `into`. */
function collect(list: HTMLElement, top: number, bottom: number, into: Set<string>): void {
  const box = list.getBoundingClientRect();
  if (box.right <= 0 || box.left >= window.innerWidth) return;
  const from = Math.max(top, box.top);
  const to = Math.min(bottom, box.bottom);
  const cards = list.children;
  const range = sightRange(
    cards.length,
    (index) => (cards[index] as Element).getBoundingClientRect(),
    from,
    to,
  );
  if (!range) return;
  for (let index = range[0]; index <= range[1]; index++) {
    const card = cards[index] as HTMLElement;
    const id = cardId(card);
    if (id !== undefined) into.add(id);
    const inner = card.matches(".cluster")
      ? card.querySelector<HTMLElement>(".cluster-notes")
      : null;
    if (inner) collect(inner, from, to, into);
  }
}

function recompute(): void {
  frame = null;
  const next = new Set<string>();
  for (const list of lists) if (list.isConnected) collect(list, 0, window.innerHeight, next);
  const changed: string[] = [];
  for (const id of inSight) if (!next.has(id)) changed.push(id);
  for (const id of next) if (!inSight.has(id)) changed.push(id);
  inSight.clear();
  for (const id of next) inSight.add(id);
  for (const id of changed) listeners.notify(id);
}

/** Whether a look waits for a new list's first paint (see lookAfterPaint). */
let waitingForPaint = false;

/** Finds the cards in sight again before the next frame is painted. */
export function lookAgain(): void {
  if (waitingForPaint || frame !== null || typeof requestAnimationFrame === "undefined") return;
  frame = requestAnimationFrame(recompute);
}

if (typeof document !== "undefined") {
  // Any scroll (a lane, the board sideways, the page on a phone) and any resize.
  // A note's text box scrolling as it is typed in moves no card.
  const onScroll = (event: Event) => {
    if (!(event.target instanceof HTMLTextAreaElement)) lookAgain();
  };
  document.addEventListener("scroll", onScroll, { capture: true, passive: true });
  window.addEventListener("resize", lookAgain, { passive: true });
}

/**
 * Looks once the frame being prepared is painted: a board's first frame shows its cards light
 * (their text) at once, and the cards in sight turn whole in the next, rather than the first
 * paint waiting for them. Until then any other call to look is left to this one: a look before
 * the paint lays the whole page out and renders the cards in sight whole inside the first frame.
 */
function lookAfterPaint(): void {
  if (waitingForPaint || typeof requestAnimationFrame === "undefined") return;
  waitingForPaint = true;
  if (frame !== null) cancelAnimationFrame(frame);
  frame = null;
  requestAnimationFrame(() =>
    setTimeout(() => {
      waitingForPaint = false;
      lookAgain();
    }),
  );
}

/**
 * Keeps `list` (a lane's list of cards) among those searched, and looks again after each
 * render of the component holding it: cards came, went or moved.
 */
export function useSightList(list: HTMLElement | null): void {
  useLayoutEffect(() => {
    if (!list) return;
    lists.add(list);
    lookAfterPaint();
    return () => {
      lists.delete(list);
      lookAgain();
    };
  }, [list]);
  useLookAgainOnUpdate();
}

const ANY_UPDATE = Symbol("any update");

/**
 * Looks again after each update of the calling component (not on its mount: its list does
 * that), or, given `key`, only after an update that changed it.
 */
export function useLookAgainOnUpdate(key: unknown = ANY_UPDATE): void {
  const mounted = useRef(false);
  const last = useRef(key);
  useLayoutEffect(() => {
    const changed = key === ANY_UPDATE || !Object.is(last.current, key);
    last.current = key;
    if (mounted.current && changed) lookAgain();
    mounted.current = true;
  });
}

/** Whether the card of note or cluster `id` is in sight (or within a few cards of it). */
export function useInSight(id: string): boolean {
  const listen = useCallback((listener: () => void) => listeners.subscribe(id, listener), [id]);
  return useSyncExternalStore(
    listen,
    () => inSight.has(id),
    () => false,
  );
}
