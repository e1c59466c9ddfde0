import {
  createContext,
  type ReactNode,
  startTransition,
  useContext,
  useEffect,
  useState,
} from "react";
import { useBoardStore } from "../state/boardStore";

/** Cards each lane shows at once: more than a projector's screenful of the tallest lane. */
export const FIRST_CARDS = 24;
/** Cards each lane adds per step while a large board fills in. */
export const CARDS_PER_STEP = 12;

/** How many cards each lane may show; Infinity once every lane shows all of its own. */
const CardsShownContext = createContext<number>(Number.POSITIVE_INFINITY);

/** The cards of a lane to render now: the first `cardsShown()` of them, in order. */
export function useCardsShown(): number {
  return useContext(CardsShownContext);
}

/**
 * A large board paints its first cards at once and the rest a step at a time: each step is a
 * transition, which React renders between keystrokes and pointer moves, and commits a few
 * cards per lane, so no step holds the page for long. Every card is rendered within a few
 * seconds (a 2,000-note board in about 30 steps), so screen readers, role queries, keyboard
 * moves and drops reach every note; after that nothing is held back, so a note added or moved
 * later appears at once. A small board is whole from the first paint.
 */
export function CardsShownProvider({ children }: { children: ReactNode }) {
  const loaded = useBoardStore((s) => s.loaded);
  const longest = useBoardStore(longestLane);
  const [shown, setShown] = useState(FIRST_CARDS);
  useEffect(() => {
    if (!loaded || shown === Number.POSITIVE_INFINITY) return;
    // Once whole, always whole: growth after that (an import) renders at once, like any change.
    if (shown >= longest) {
      setShown(Number.POSITIVE_INFINITY);
      return;
    }
    const timer = setTimeout(() => startTransition(() => setShown((n) => n + CARDS_PER_STEP)));
    return () => clearTimeout(timer);
  }, [loaded, shown, longest]);
  return <CardsShownContext.Provider value={shown}>{children}</CardsShownContext.Provider>;
}

function longestLane(s: { shownNoteIdsByLane: Record<string, readonly string[]> }): number {
  let longest = 0;
  for (const ids of Object.values(s.shownNoteIdsByLane)) longest = Math.max(longest, ids.length);
  return longest;
}
