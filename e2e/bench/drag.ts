/** A mouse drag of a note by its body to another lane, cancelled with Escape. */
import { percentileSorted, sum } from "../../server/bench/stats";
import {
  type BoardTab,
  inputsSince,
  laneHeadingPoint,
  longTasksBetween,
  noteTextPoint,
  pageNow,
  quiet,
} from "./boardTab";

/** Pointer moves from the pickup to the other lane's heading. */
export const DRAG_STEPS = 20;
/** Lane the note is carried to: Priority two, two lanes to the right. */
const TO_LANE = 2;

export type DragRun = {
  /** The mousemove that starts the drag to the first frame painted with the dragged card. */
  pickupMs: number;
  /** Long tasks from mouse down to the last move's frame. */
  longTaskMs: number;
  longestTaskMs: number;
  /** Time between frames while the pointer moves, 95th percentile. */
  frameP95Ms: number;
  frames: number;
};

/**
 * Presses on the text of Unsorted's first note (a note's body, as people grab sticky notes),
 * moves 8 px in one step (past the 5 px that start a drag), then in 20 steps to Priority two's
 * heading; then Escape cancels the drag, so the board is the same for the next run.
 */
export async function measureDrag(tab: BoardTab): Promise<DragRun> {
  const { page } = tab;
  const from = await noteTextPoint(page, 0, 0);
  const to = await laneHeadingPoint(page, TO_LANE);
  await page.mouse.move(from.x, from.y);
  await quiet(page, 300, 10_000);

  const start = await pageNow(page);
  await page.mouse.down();
  await page.evaluate(() =>
    window.__benchProbe.watch("pickup", () => document.querySelector(".drag-preview") !== null),
  );
  await page.mouse.move(from.x + 8, from.y);
  const pickedUp = await page.evaluate(() => window.__benchProbe.result("pickup"));
  const moved = (await inputsSince(page, "mousemove", start))[0];
  if (moved === undefined) throw new Error("the page saw no mousemove for the pickup");

  await page.evaluate(() => window.__benchProbe.startFrames());
  await page.mouse.move(to.x, to.y, { steps: DRAG_STEPS });
  const end = await page.evaluate(() => window.__benchProbe.afterPaint());
  const frames = await page.evaluate(() => window.__benchProbe.stopFrames());
  const tasks = await longTasksBetween(page, start, end);

  await page.keyboard.press("Escape");
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector(".drag-preview") === null);
  await quiet(page, 500, 10_000);
  await sameLaneCounts(tab);

  const intervals = frames.slice(1).map((at, i) => at - (frames[i] ?? at));
  return {
    pickupMs: pickedUp - moved,
    longTaskMs: sum(tasks.map((task) => task.duration)),
    longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
    frameP95Ms: percentileSorted(Float64Array.from(intervals).sort(), 95),
    frames: intervals.length,
  };
}

/** The cancelled drag left every note where it was. */
async function sameLaneCounts(tab: BoardTab): Promise<void> {
  const counts = await tab.page.evaluate(() =>
    Array.from(document.querySelectorAll(".lane-heading .lane-count"), (count) =>
      Number.parseInt(count.textContent ?? "", 10),
    ),
  );
  if (counts.join() !== tab.board.laneCounts.join()) {
    throw new Error(
      `after a cancelled drag the lanes count ${counts.join(", ")}, not ${tab.board.laneCounts.join(", ")}`,
    );
  }
}
