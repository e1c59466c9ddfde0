/** What one board size's runs come to: one figure each, the median of the runs. */
import { median } from "../../server/bench/stats";
import type { BoardSize } from "./boards";
import type { DragRun } from "./drag";
import type { RemoteRun } from "./remoteChange";
import type { TypingRun } from "./typing";
import type { Bytes } from "./visits";

export type SizeRuns = {
  size: BoardSize;
  firstRenderMs: number[];
  /** One sample: the second visit of the tab the interactions use. */
  secondVisitRenderMs: number;
  typing: TypingRun[];
  drag: DragRun[];
  remote: RemoteRun[];
  bytes: Bytes;
};

export const FIGURES = [
  { key: "firstRender", label: "first render (ms)", digits: 0 },
  { key: "secondVisitRender", label: "first render, second visit (ms)", digits: 0 },
  { key: "typingLongTasks", label: "typing 30 keys: long tasks (ms)", digits: 0 },
  { key: "keyToPaintP95", label: "typing: keystroke to paint p95 (ms)", digits: 1 },
  { key: "editorOpen", label: "opening an editor (ms)", digits: 1 },
  { key: "pickup", label: "drag pickup (ms)", digits: 1 },
  { key: "dragLongTasks", label: "drag: long tasks (ms)", digits: 0 },
  { key: "longestDragTask", label: "drag: longest task, all runs (ms)", digits: 0 },
  { key: "dragFrameP95", label: "drag frames p95 (ms)", digits: 1 },
  { key: "remoteNotes", label: "remote change: notes re-rendered", digits: 0 },
  { key: "remoteComponents", label: "remote change: note components", digits: 0 },
  { key: "remoteLongTasks", label: "remote change: long tasks (ms)", digits: 0 },
  { key: "firstVisitKB", label: "first visit JS+CSS (KB)", digits: 1 },
  { key: "secondVisitBytes", label: "second visit JS+CSS (bytes)", digits: 0 },
] as const;

export type FigureKey = (typeof FIGURES)[number]["key"];
export type Figures = Record<FigureKey, number>;

const most = (values: readonly number[]) => Math.max(...values);

/**
 * Medians of the runs, except the longest long task and the re-render counts, which are the
 * most any run saw: a target on them holds for every run.
 */
export function summarize(runs: SizeRuns): Figures {
  const { typing, drag, remote, bytes } = runs;
  return {
    firstRender: median(runs.firstRenderMs),
    secondVisitRender: runs.secondVisitRenderMs,
    typingLongTasks: median(typing.map((r) => r.longTaskMs)),
    keyToPaintP95: median(typing.map((r) => r.keyToPaintP95Ms)),
    editorOpen: median(typing.map((r) => r.editorOpenMs)),
    pickup: median(drag.map((r) => r.pickupMs)),
    dragLongTasks: median(drag.map((r) => r.longTaskMs)),
    longestDragTask: most(drag.map((r) => r.longestTaskMs)),
    dragFrameP95: median(drag.map((r) => r.frameP95Ms)),
    remoteNotes: most(remote.map((r) => r.notes)),
    remoteComponents: most(remote.map((r) => r.components)),
    remoteLongTasks: median(remote.map((r) => r.longTaskMs)),
    firstVisitKB: bytes.firstVisit / 1000,
    secondVisitBytes: bytes.secondVisit,
  };
}
