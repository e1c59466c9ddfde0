/** One budget a person holds too many votes in: the whole board (title null) or a priority. */
export type OverIn = { title: string | null; used: number; over: number };

function votesWord(count: number): string {
  return count === 1 ? "vote" : "votes";
}

function list(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * What a person over a lowered budget is told: the new budget, what they hold, how many to take
 * back, and that they cannot add any until then. Null when they are within the budget.
 */
export function overBudgetMessage(budget: number, overIn: readonly OverIn[]): string | null {
  if (overIn.length === 0) return null;
  const whole = overIn.find((entry) => entry.title === null);
  if (whole) {
    return (
      `The facilitator lowered the votes to ${budget}: you have ${whole.used}. ` +
      `Take ${whole.over} back to choose which of yours count; until then you cannot add any.`
    );
  }
  const have = list(overIn.map((entry) => `${entry.used} in ${entry.title}`));
  const back = list(overIn.map((entry) => `${entry.over} in ${entry.title}`));
  return (
    `The facilitator lowered the votes to ${budget} ${votesWord(budget)} in each priority: ` +
    `you have ${have}. Take back ${back} to choose which of yours count; ` +
    `until then you cannot add any there.`
  );
}
