/**
 * A first visit to the board (nothing cached) and a second one in the same context: the JS and
 * CSS each transfers, and how soon the second one renders.
 */
import type { Browser, Request } from "playwright-core";
import { type Transfer, transfer } from "../fixtures/transfers";
import type { BenchBoard } from "./boards";
import { type BoardTab, newBoardTab, openBoard } from "./boardTab";

export type Bytes = {
  /** JS and CSS bytes on the wire (compressed bodies and headers), service worker included. */
  firstVisit: number;
  firstVisitFiles: number;
  /** Of `firstVisit`, what the service worker fetched as it installed (its precache). */
  firstVisitByWorker: number;
  secondVisit: number;
  secondVisitFiles: number;
};

const scriptOrStyle = (t: Transfer) => t.bytes > 0 && /\.(?:js|css)$/.test(t.path);
const total = (ts: readonly Transfer[]) => ts.reduce((sum, t) => sum + t.bytes, 0);

/** Resolves once the service worker controls the page and nothing was fetched for 500 ms. */
async function settledWorker(tab: BoardTab, finished: () => number): Promise<void> {
  const { page } = tab;
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  let seen = -1;
  while (seen !== finished()) {
    seen = finished();
    await page.waitForTimeout(500);
  }
}

export type Visits = {
  bytes: Bytes;
  /** First render of the second visit: code from the caches, the board from IndexedDB too. */
  secondVisitRenderMs: number;
  /** The tab, on its second visit, for the measurements that follow. */
  tab: BoardTab;
};

/** A first visit in a fresh context, as `e2e/assets.spec.ts` measures one, then a second. */
export async function measureVisits(browser: Browser, board: BenchBoard): Promise<Visits> {
  const tab = await newBoardTab(browser, board);
  const pending: Promise<Transfer>[] = [];
  const onFinished = (request: Request) => pending.push(transfer(request));
  tab.context.on("requestfinished", onFinished);
  try {
    await openBoard(tab);
    await settledWorker(tab, () => pending.length);
    const first = (await Promise.all(pending.splice(0))).filter(scriptOrStyle);
    const secondVisitRenderMs = await openBoard(tab);
    await settledWorker(tab, () => pending.length);
    tab.context.off("requestfinished", onFinished);
    const second = (await Promise.all(pending.splice(0))).filter(scriptOrStyle);
    const bytes: Bytes = {
      firstVisit: total(first),
      firstVisitFiles: first.length,
      firstVisitByWorker: total(first.filter((t) => t.byWorker)),
      secondVisit: total(second),
      secondVisitFiles: second.length,
    };
    return { bytes, secondVisitRenderMs, tab };
  } catch (error) {
    await tab.context.close();
    throw error;
  }
}
