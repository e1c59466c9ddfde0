import type { Phase } from "@roundtable/shared";
import { t } from "../i18n/i18n";

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

function voteHint({ budget, perLane, left, leftByLane }: VotesLeft): string {
  if (!perLane) return t("board:phase.hint.votesLeft", { count: budget, left });
  const lanes = leftByLane
    .map((lane) => t("board:phase.hint.laneLeft", { lane: lane.title, left: lane.left }))
    .join(", ");
  return t("board:phase.hint.votesPerLane", { count: budget, lanes });
}

/** The one line under the phases that says what this phase is for, in the page's language. */
export function phaseHint({ phase, canVote, revealed, votes }: HintInput): string {
  switch (phase) {
    case "write":
      return t("board:phase.hint.write");
    case "cluster":
      return t("board:phase.hint.cluster");
    case "vote":
      return canVote ? voteHint(votes) : t("board:phase.hint.othersVoting");
    case "review":
      return revealed ? t("board:phase.hint.sorted") : t("board:phase.hint.hidden");
  }
}
