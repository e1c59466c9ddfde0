/** First render: a first visit's navigation to every lane count shown and a note painted. */
import type { Browser } from "playwright-core";
import type { BenchBoard } from "./boards";
import { newBoardTab, openBoard } from "./boardTab";

/**
 * Opens the board in a fresh context (nothing cached, nothing stored) and returns the page's
 * time from navigation start to the first frame painted with every lane's count and a note.
 */
export async function measureFirstRender(browser: Browser, board: BenchBoard): Promise<number> {
  const tab = await newBoardTab(browser, board);
  try {
    return await openBoard(tab);
  } finally {
    await tab.context.close();
  }
}
