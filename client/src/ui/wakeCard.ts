import { useEffect, useState } from "react";

// On a large board a card out of sight renders light, without its controls (see
// board/cardDetail.tsx); code that moves focus to one of those controls wakes the card first.

type Waker = () => void;
const wakers = new Map<string, Waker>();

/**
 * Whether something asked for this card whole even out of sight (`wakeCard`): keyboard focus
 * about to land on one of its controls. Cleared with `rest`, when focus has left the card.
 */
export function useWoken(id: string): { woken: boolean; rest: () => void } {
  const [woken, setWoken] = useState(false);
  useEffect(() => {
    wakers.set(id, () => setWoken(true));
    return () => {
      wakers.delete(id);
    };
  }, [id]);
  return { woken, rest: () => setWoken(false) };
}

/**
 * Renders the card of note `id` whole, so its controls can take focus (see `focusSoon`); a
 * card not rendered is left alone.
 */
export function wakeCard(id: string): void {
  wakers.get(id)?.();
}
