import type { Phase } from "@roundtable/shared";

/** What a person may still spend: the whole budget's rest, or each priority's. */
export type VotesLeft = {
  budget: number;
  perLane: boolean;
  /** Votes left of the whole budget (used when budgets are not per priority). */
  left: number;
  /** Votes left in each lane, in board order (used when budgets are per priority). */
  leftByLane: readonly { title: string; left: number }[];
};

export type HintInput = { phase: Phase; canVote: boolean; revealed: boolean; votes: VotesLeft };

function votesWord(count: number): string {
  return count === 1 ? "vote" : "votes";
}

function voteHint({ budget, perLane, left, leftByLane }: VotesLeft): string {
  if (!perLane) return `You have ${left} of ${budget} ${votesWord(budget)} left.`;
  const lanes = leftByLane.map((lane) => `${lane.title} ${lane.left}`).join(", ");
  return `You have ${budget} ${votesWord(budget)} in each priority. Left: ${lanes}.`;
}

/** The one line under the phases that says what this phase is for. */
export function phaseHint({ phase, canVote, revealed, votes }: HintInput): string {
  switch (phase) {
    case "write":
      return "Write your ideas, one per note.";
    case "cluster":
      return "Drag related notes onto each other to group them.";
    case "vote":
      return canVote ? voteHint(votes) : "Everyone is placing their votes.";
    case "review":
      return revealed
        ? "Lanes are sorted by votes."
        : "Votes are hidden until the facilitator reveals them.";
  }
}
