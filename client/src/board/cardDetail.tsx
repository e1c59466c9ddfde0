import { createContext, type ReactNode, useContext } from "react";
import { useBoardStore } from "../state/boardStore";

/**
 * From this many notes on a board, a card out of sight shows only what can be read and reached
 * (its handle, named "Move note: …", its text, its votes): about a third of a whole card's
 * elements. The browser's cost of each keystroke, each drag and each frame grows with the
 * elements on the page, and a 2,000-note board of whole cards holds over 30,000. A smaller
 * board renders every card whole.
 */
export const LIGHT_CARDS_FROM = 200;

const LightCardsContext = createContext(false);

/** Whether cards out of sight are rendered light on this board. */
export function useLightCards(): boolean {
  return useContext(LightCardsContext);
}

export function LightCardsProvider({ children }: { children: ReactNode }) {
  const light = useBoardStore((s) => noteCount(s.noteIdsByLane) >= LIGHT_CARDS_FROM);
  return <LightCardsContext.Provider value={light}>{children}</LightCardsContext.Provider>;
}

/** Notes in all lanes: one look per lane, whatever the board's size. */
function noteCount(byLane: Record<string, readonly string[]>): number {
  let count = 0;
  for (const lane in byLane) count += byLane[lane]?.length ?? 0;
  return count;
}
