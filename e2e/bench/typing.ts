/** Opening a note's editor with a click, then typing 30 characters into it. */
import { percentileSorted, sum } from "../../server/bench/stats";
import {
  type BoardTab,
  inputsSince,
  longTasksBetween,
  noteTextPoint,
  pageNow,
  quiet,
} from "./boardTab";

/** 30 characters, typed one key at a time. */
export const TYPED = " and a second look in the fall";
/** Between keys, so each is a task of its own, as a quick typist's are. */
const KEY_DELAY_MS = 30;

export type TypingRun = {
  /** Releasing the mouse on the note's text to the first frame painted with its editor. */
  editorOpenMs: number;
  /** Keydown to the first moment after the next frame was painted, per key. */
  keyToPaintMs: number[];
  keyToPaintP95Ms: number;
  /** Long tasks from the first key until the last key's frame was painted. */
  longTaskMs: number;
};

/** Opens the first note of Unsorted (in view at the top of its lane), types, closes it. */
export async function measureTyping(tab: BoardTab): Promise<TypingRun> {
  const { page } = tab;
  const text = await noteTextPoint(page, 0, 0);
  await page.evaluate(() =>
    window.__benchProbe.watch(
      "editor",
      () => document.querySelector("textarea.note-editor") !== null,
    ),
  );
  const beforeClick = await pageNow(page);
  await page.mouse.click(text.x, text.y);
  const opened = await page.evaluate(() => window.__benchProbe.result("editor"));
  const released = (await inputsSince(page, "mouseup", beforeClick))[0];
  if (released === undefined) throw new Error("the page saw no mouseup for the click on a note");
  const focused = await page.evaluate(() =>
    document.activeElement?.matches("textarea.note-editor"),
  );
  if (!focused) throw new Error("the note's editor opened without the focus");
  await quiet(page, 300, 10_000);

  const start = await page.evaluate(() => {
    const probe = window.__benchProbe;
    probe.keyToPaint = [];
    probe.recordKeys = true;
    return performance.now();
  });
  await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
  const end = await page.evaluate(async () => {
    const probe = window.__benchProbe;
    const painted = await probe.afterPaint();
    // The last key's own frame and message are in by the frame after.
    await probe.afterPaint();
    probe.recordKeys = false;
    return painted;
  });
  const keyToPaintMs = await page.evaluate(() => window.__benchProbe.keyToPaint);
  if (keyToPaintMs.length !== TYPED.length) {
    throw new Error(`${keyToPaintMs.length} of ${TYPED.length} keys were timed`);
  }
  const tasks = await longTasksBetween(page, start, end);

  await page.keyboard.press("Escape");
  await page.waitForFunction(() => document.querySelector("textarea.note-editor") === null);
  await quiet(page, 500, 10_000);
  return {
    editorOpenMs: opened - released,
    keyToPaintMs,
    keyToPaintP95Ms: percentileSorted(Float64Array.from(keyToPaintMs).sort(), 95),
    longTaskMs: sum(tasks.map((task) => task.duration)),
  };
}
