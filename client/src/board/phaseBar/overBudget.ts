import { formatList } from "../../i18n/format";
import { t } from "../../i18n/i18n";

/** One budget a person holds too many votes in: the whole board (title null) or a priority. */
export type OverIn = { title: string | null; used: number; over: number };

/**
 * What a person over a lowered budget is told: the new budget, what they hold, how many to take
 * back, and that they cannot add any until then, in the page's language. Null when they are
 * within the budget.
 */
export function overBudgetMessage(budget: number, overIn: readonly OverIn[]): string | null {
  if (overIn.length === 0) return null;
  const whole = overIn.find((entry) => entry.title === null);
  if (whole) {
    return t("board:phase.overBudget.whole", { budget, used: whole.used, over: whole.over });
  }
  const inLanes = (votes: (entry: OverIn) => number) =>
    formatList(
      overIn.map((entry) =>
        t("board:phase.overBudget.inLane", { votes: votes(entry), lane: entry.title }),
      ),
    );
  return t("board:phase.overBudget.perLane", {
    count: budget,
    have: inLanes((entry) => entry.used),
    back: inLanes((entry) => entry.over),
  });
}
