/** A board opened in a browser context of its own, with the probe in every document. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { BenchBoard } from "./boards";
import { installProbe, type LongTask, NAME_SHIM, type ProbeOptions } from "./probe";

/** displayName of the note components in client/src/board/NoteCard.tsx. */
export const NOTE_COMPONENTS = ["NoteCard", "NoteBody", "NoteTools"];

export type BoardTab = { context: BrowserContext; page: Page; board: BenchBoard };

/** A fresh context (no cache, no storage: a first visit) at 1280x720, not yet navigated. */
export async function newBoardTab(browser: Browser, board: BenchBoard): Promise<BoardTab> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const options: ProbeOptions = {
    boardId: board.created.id,
    name: "Pat",
    laneCounts: board.laneCounts,
    noteComponents: NOTE_COMPONENTS,
  };
  await context.addInitScript(NAME_SHIM);
  await context.addInitScript(installProbe, options);
  return { context, page: await context.newPage(), board };
}

/** Navigates to the board's join link (as a participant) and waits for its first render. */
export async function openBoard(tab: BoardTab): Promise<number> {
  await tab.page.goto(tab.board.created.joinUrl);
  return withTimeout(
    tab.page.evaluate(() => window.__benchProbe.firstRender),
    30_000,
    `the ${tab.board.size}-note board's first render`,
  );
}

/**
 * Waits until every card of the board is rendered (a big board fills in a step at a time) and
 * the page has had no long task for a second.
 */
export async function settleBoard(tab: BoardTab): Promise<void> {
  const { page, board } = tab;
  await page.waitForFunction(
    (total) => document.querySelectorAll("li.note").length === total,
    board.size,
    { polling: 250, timeout: 60_000 },
  );
  await quiet(page, 1_000, 15_000);
}

/** Waits in the page until no long task has ended for `quietMs` (at most `maxMs`). */
export async function quiet(page: Page, quietMs: number, maxMs: number): Promise<void> {
  await page.evaluate(([q, m]) => window.__benchProbe.quiet(q, m), [quietMs, maxMs] as const);
}

/** The page's clock: milliseconds since its navigation started. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Timestamps of `type` input events the page saw at or after `since`. */
export function inputsSince(
  page: Page,
  type: "keydown" | "mousedown" | "mouseup" | "mousemove",
  since: number,
): Promise<number[]> {
  return page.evaluate(
    ([kind, from]) => window.__benchProbe.inputs[kind].filter((at) => at >= from),
    [type, since] as const,
  );
}

/**
 * The long tasks that started in [from, to]. The Long Tasks API reports a task a little after
 * it ends, so this first waits for 300 ms without one.
 */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<LongTask[]> {
  await quiet(page, 300, 10_000);
  return page.evaluate(([a, b]) => window.__benchProbe.longTasksIn(a, b), [from, to] as const);
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not done within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export type Point = { x: number; y: number };

/**
 * The middle of the text of the `nth` card of lane `lane` (board order) that is a note, not a
 * cluster: one of the first cards, in view without scrolling.
 */
export async function noteTextPoint(page: Page, lane: number, nth: number): Promise<Point> {
  return page.evaluate(
    ([laneAt, noteAt]) => {
      const lists = document.querySelectorAll("main.lanes > section.lane ul.notes");
      const text = lists[laneAt]?.querySelectorAll(":scope > li.note .note-text")[noteAt];
      if (!text) throw new Error(`lane ${laneAt} has no note ${noteAt}`);
      const box = text.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [lane, nth] as const,
  );
}

/** The middle of lane `lane`'s heading. */
export async function laneHeadingPoint(page: Page, lane: number): Promise<Point> {
  return page.evaluate((laneAt) => {
    const heading = document.querySelectorAll("main.lanes > section.lane .lane-heading h2")[laneAt];
    if (!heading) throw new Error(`no heading for lane ${laneAt}`);
    const box = heading.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, lane);
}
