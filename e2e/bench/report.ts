/** The tables on stdout, in the sync bench's style: one per board size, then the targets. */
import { BASE_SIZE, type BoardSize } from "./boards";
import { FIGURES, type FigureKey, type Figures } from "./figures";
import { type Check, LONG_TASK_FLOOR_MS, ruleText } from "./targets";

const num = (n: number | undefined, digits: number): string =>
  n === undefined || !Number.isFinite(n)
    ? "—"
    : n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

export const notes = (size: BoardSize) => `${size.toLocaleString("en-US")} notes`;

/** A figure as a multiple of the 10-note board's; blank when that one is 0. */
export function ratio(value: number, base: number): string {
  return base > 0 && Number.isFinite(value) ? `${num(value / base, 2)}×` : "—";
}

/** PASS or FAIL; in brackets when the quick form does not count it. */
export const verdict = (check: Check) => {
  const word = check.pass ? "PASS" : "FAIL";
  return check.counted ? word : `(${word})`;
};

const digitsOf = (key: FigureKey) => FIGURES.find((f) => f.key === key)?.digits ?? 0;
const labelOf = (key: FigureKey) => FIGURES.find((f) => f.key === key)?.label ?? key;

function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("   ")
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("   "));
  for (const row of rows) console.log(line(row));
}

export function printSize(
  size: BoardSize,
  runs: number,
  figures: Figures,
  base: Figures,
  checks: readonly Check[],
): void {
  const isBase = size === BASE_SIZE;
  const rows = FIGURES.map(({ key, label, digits }) => {
    const check = checks.find((c) => c.target.figure === key);
    return [
      label,
      num(figures[key], digits),
      isBase ? "" : ratio(figures[key], base[key]),
      check ? ruleText(check.target.rule) : "",
      check ? verdict(check) : "",
    ];
  });
  printTable(
    `Board of ${notes(size)} (median of ${runs} run(s); bytes from one visit each)`,
    ["figure", "value", isBase ? "" : `× ${notes(BASE_SIZE)}`, "target", ""],
    rows,
  );
}

export function printTargets(checks: readonly Check[], base: Figures, quick: boolean): void {
  console.log("\nTargets (ratios to the 10-note board of this run)");
  for (const check of checks) {
    const { figure, rule } = check.target;
    const digits = digitsOf(figure);
    const against =
      rule.kind === "ratio"
        ? ` = ${ratio(check.value, base[figure])} the 10-note ${num(base[figure], digits)}` +
          (rule.floor !== undefined && base[figure] < rule.floor
            ? ` (judged against ${rule.floor} ms)`
            : "")
        : "";
    console.log(
      `${verdict(check).padEnd(6)}  ${labelOf(figure)}, ${notes(check.size)}: ` +
        `${num(check.value, digits)}${against}; target ${ruleText(rule)}`,
    );
  }
  console.log(
    `\nlong-task totals are judged against at least ${LONG_TASK_FLOOR_MS} ms on the 10-note board (one long task)`,
  );
  if (quick) {
    console.log(
      "quick run: one run per size on a machine that may be busy; timing targets in brackets are not counted (the full run, pnpm bench:client, judges them)",
    );
  }
}

/** One progress line per finished run. */
export function printRunLine(size: BoardSize, what: string, text: string): void {
  console.log(`  ${notes(size).padStart(11)}  ${what.padEnd(14)}  ${text}`);
}
