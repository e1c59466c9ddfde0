import { useEffect, useState } from "react";
import { keyedListeners } from "../state/keyedListeners";

// On a large board a card out of sight renders light, without its controls (see
// board/cardDetail.tsx); code that moves focus to one of those controls wakes the card first.

const wakers = keyedListeners();

/**
 * Whether this card is held whole even out of sight: focus is in it, or about to land on one of
 * its controls (`wakeCard`). `wake` holds it, `rest` lets it go when focus has left the card.
 */
export function useWoken(id: string): { woken: boolean; wake: () => void; rest: () => void } {
  const [woken, setWoken] = useState(false);
  useEffect(() => wakers.subscribe(id, () => setWoken(true)), [id]);
  return { woken, wake: () => setWoken(true), rest: () => setWoken(false) };
}

/**
 * Renders the card of note `id` whole, so its controls can take focus (see `focusSoon`); a
 * card not rendered is left alone.
 */
export function wakeCard(id: string): void {
  wakers.notify(id);
}
