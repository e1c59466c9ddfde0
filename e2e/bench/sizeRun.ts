/** Everything measured on one board size, in order, with a progress line per run. */
import type { Browser } from "playwright-core";
import type { RunningServer } from "../fixtures/server";
import { type BoardSize, importBoard } from "./boards";
import { type BoardTab, settleBoard } from "./boardTab";
import type { BenchConfig } from "./config";
import { type DragRun, measureDrag } from "./drag";
import type { SizeRuns } from "./figures";
import { measureFirstRender } from "./firstRender";
import {
  connectRemote,
  measureRemoteChange,
  type RemotePerson,
  type RemoteRun,
} from "./remoteChange";
import { printRunLine } from "./report";
import { measureTyping, type TypingRun } from "./typing";
import { measureVisits } from "./visits";

const ms = (n: number) => `${n.toFixed(1)} ms`;

type Interactions = { typing: TypingRun[]; drag: DragRun[]; remote: RemoteRun[] };

/** Typing, a drag and a remote change on the open board: once to warm up, then `runs` times. */
async function interact(tab: BoardTab, remote: RemotePerson, runs: number): Promise<Interactions> {
  const { size } = tab.board;
  // Unrecorded: a page's first editor, drag and remote change compile their code.
  await measureTyping(tab);
  await measureDrag(tab);
  await measureRemoteChange(tab, remote);
  const done: Interactions = { typing: [], drag: [], remote: [] };
  for (let run = 1; run <= runs; run++) {
    const typing = await measureTyping(tab);
    done.typing.push(typing);
    printRunLine(
      size,
      `typing ${run}`,
      `editor ${ms(typing.editorOpenMs)}  key to paint p95 ${ms(typing.keyToPaintP95Ms)}` +
        `  long tasks ${ms(typing.longTaskMs)}`,
    );
    const drag = await measureDrag(tab);
    done.drag.push(drag);
    printRunLine(
      size,
      `drag ${run}`,
      `pickup ${ms(drag.pickupMs)}  frames p95 ${ms(drag.frameP95Ms)} (${drag.frames} frames)` +
        `  long tasks ${ms(drag.longTaskMs)}, longest ${ms(drag.longestTaskMs)}`,
    );
    const change = await measureRemoteChange(tab, remote);
    done.remote.push(change);
    printRunLine(
      size,
      `remote ${run}`,
      `${change.notes} note(s) re-rendered (${change.components} note components)` +
        `  long tasks ${ms(change.longTaskMs)}`,
    );
  }
  return done;
}

/**
 * Imports a board of `size` notes; times its first render in fresh contexts; measures a first
 * and a second visit; then, on that page, typing, dragging and another person's edit.
 */
export async function benchSize(
  config: BenchConfig,
  server: RunningServer,
  browser: Browser,
  size: BoardSize,
): Promise<SizeRuns> {
  const board = await importBoard(server.url, size);
  console.log(`\n${size.toLocaleString("en-US")} notes: board ${board.created.id} imported`);
  // Unrecorded: the browser's first look at this board.
  printRunLine(size, "warm-up", `first render ${ms(await measureFirstRender(browser, board))}`);
  const firstRenderMs: number[] = [];
  for (let run = 1; run <= config.runs; run++) {
    firstRenderMs.push(await measureFirstRender(browser, board));
    printRunLine(size, `first render ${run}`, ms(firstRenderMs.at(-1) ?? Number.NaN));
  }

  const { bytes, secondVisitRenderMs, tab } = await measureVisits(browser, board);
  printRunLine(
    size,
    "visits",
    `JS+CSS: first ${bytes.firstVisit} bytes in ${bytes.firstVisitFiles} files` +
      ` (${bytes.firstVisitByWorker} by the service worker), second ${bytes.secondVisit} in` +
      ` ${bytes.secondVisitFiles}; second visit's first render ${ms(secondVisitRenderMs)}`,
  );
  let remote: RemotePerson | undefined;
  try {
    await settleBoard(tab);
    remote = await connectRemote(server.url, board);
    const done = await interact(tab, remote, config.runs);
    return { size, firstRenderMs, secondVisitRenderMs, bytes, ...done };
  } finally {
    remote?.close();
    await tab.context.close();
  }
}
