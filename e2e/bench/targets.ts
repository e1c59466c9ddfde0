/** The targets, and whether a size's figures meet them. */
import type { BoardSize } from "./boards";
import type { FigureKey, Figures } from "./figures";

/**
 * Long-task totals are compared with at least this much on the 10-note board: a page with no
 * long task there would otherwise fail on any single one (a long task is over 50 ms).
 */
export const LONG_TASK_FLOOR_MS = 50;

export type Rule =
  | { kind: "ratio"; limit: number; floor?: number }
  | { kind: "under"; limit: number; unit: string }
  | { kind: "atMost"; limit: number; unit: string }
  | { kind: "exactly"; value: number };

export type Target = {
  figure: FigureKey;
  sizes: readonly BoardSize[];
  rule: Rule;
  /** A timing figure: judged, but not counted by the quick form (see config.ts). */
  timing: boolean;
};

const ALL: readonly BoardSize[] = [10, 500, 2_000];
const BIG: readonly BoardSize[] = [500, 2_000];
const longTasks = { kind: "ratio", limit: 1.5, floor: LONG_TASK_FLOOR_MS } as const;

export const TARGETS: readonly Target[] = [
  {
    figure: "firstRender",
    sizes: [500],
    rule: { kind: "under", limit: 1_000, unit: "ms" },
    timing: true,
  },
  {
    figure: "firstRender",
    sizes: [2_000],
    rule: { kind: "under", limit: 1_500, unit: "ms" },
    timing: true,
  },
  { figure: "typingLongTasks", sizes: BIG, rule: longTasks, timing: true },
  { figure: "keyToPaintP95", sizes: BIG, rule: { kind: "ratio", limit: 1.5 }, timing: true },
  { figure: "pickup", sizes: [2_000], rule: { kind: "ratio", limit: 2 }, timing: true },
  {
    figure: "longestDragTask",
    sizes: [2_000],
    rule: { kind: "atMost", limit: 100, unit: "ms" },
    timing: true,
  },
  { figure: "dragFrameP95", sizes: [2_000], rule: { kind: "ratio", limit: 2 }, timing: true },
  { figure: "remoteNotes", sizes: ALL, rule: { kind: "exactly", value: 1 }, timing: false },
  { figure: "remoteLongTasks", sizes: BIG, rule: longTasks, timing: true },
  {
    figure: "firstVisitKB",
    sizes: ALL,
    rule: { kind: "under", limit: 250, unit: "KB" },
    timing: false,
  },
  {
    figure: "secondVisitBytes",
    sizes: ALL,
    rule: { kind: "under", limit: 5_000, unit: "bytes" },
    timing: false,
  },
];

export type Check = {
  target: Target;
  size: BoardSize;
  value: number;
  pass: boolean;
  /** Whether a miss fails the bench in this form. */
  counted: boolean;
};

export function ruleText(rule: Rule): string {
  switch (rule.kind) {
    case "ratio":
      return `≤ ${rule.limit}×`;
    case "under":
      return `< ${rule.limit.toLocaleString("en-US")} ${rule.unit}`;
    case "atMost":
      return `≤ ${rule.limit.toLocaleString("en-US")} ${rule.unit}`;
    case "exactly":
      return `= ${rule.value}`;
  }
}

function meets(rule: Rule, value: number, base: number): boolean {
  if (!Number.isFinite(value)) return false;
  switch (rule.kind) {
    case "ratio":
      return value <= rule.limit * Math.max(base, rule.floor ?? 0);
    case "under":
      return value < rule.limit;
    case "atMost":
      return value <= rule.limit;
    case "exactly":
      return value === rule.value;
  }
}

/** Every target that applies to `size`, judged against the 10-note figures of the same run. */
export function checkSize(
  size: BoardSize,
  figures: Figures,
  base: Figures,
  countTiming: boolean,
): Check[] {
  return TARGETS.filter((target) => target.sizes.includes(size)).map((target) => ({
    target,
    size,
    value: figures[target.figure],
    pass: meets(target.rule, figures[target.figure], base[target.figure]),
    counted: countTiming || !target.timing,
  }));
}
