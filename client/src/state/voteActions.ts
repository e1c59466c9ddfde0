import {
  castVote as castVoteOp,
  retractVote as retractVoteOp,
  votesLeft,
  votesOverBudget,
} from "@roundtable/shared";
import { t } from "../i18n/i18n";
import { useBoardStore } from "./boardStore";
import { useControlStore } from "./controlStore";
import { votingClosedReason } from "./permissions";
import { currentSession } from "./session";
import { useVotesStore } from "./votesStore";
import { isDraft, notify, run } from "./write";

/** The lane of a note or cluster, for per-priority budgets. */
function laneOf(itemId: string): string | undefined {
  const { notes, clusters } = useBoardStore.getState();
  return notes[itemId]?.lane ?? clusters[itemId]?.lane;
}

/** Votes I may still place on an item in `lane` (the whole budget's rest unless per lane). */
export function votesLeftFor(lane: string): number {
  const settings = useControlStore.getState().control.votes;
  return votesLeft(new Map(Object.entries(useVotesStore.getState().mine)), settings, laneOf, lane);
}

/** Where I hold more votes than a lowered budget allows: lane id ("" for the whole board) → counts. */
export function myVotesOverBudget(): Map<string, { used: number; over: number }> {
  const settings = useControlStore.getState().control.votes;
  return votesOverBudget(new Map(Object.entries(useVotesStore.getState().mine)), settings, laneOf);
}

/** Why I may not change my votes right now, or null. The server checks the same. */
function votingRefusal(): string | null {
  const { role, control } = useControlStore.getState();
  const closed = votingClosedReason(role, control);
  if (closed) return closed;
  if (!currentSession()?.votes) return t("state:vote.notConnected");
  if (!useVotesStore.getState().ready) return t("state:vote.loading");
  return null;
}

/** Why this vote may not be placed, or null: closed, not on the board yet, over budget. */
function castRefusal(itemId: string): string | null {
  const refusal = votingRefusal();
  if (refusal) return refusal;
  const lane = laneOf(itemId);
  if (lane === undefined) return t("state:vote.noteGone");
  if (isDraft(itemId)) return t("state:vote.draft");
  if (votesLeftFor(lane) > 0) return null;
  const perLane = useControlStore.getState().control.votes.perLane;
  if (myVotesOverBudget().has(perLane ? lane : "")) return t("state:vote.overBudget");
  return perLane ? t("state:vote.allUsedInPriority") : t("state:vote.allUsed");
}

/** Places one of my votes on a note or cluster, within the budget. */
export function castVote(itemId: string): void {
  const refusal = castRefusal(itemId);
  if (refusal) notify(refusal);
  else run((session) => session.votes && castVoteOp(session.votes.current().doc, itemId));
}

/** Takes one of my votes back from a note or cluster. */
export function retractVote(itemId: string): void {
  const refusal = votingRefusal();
  if (refusal) notify(refusal);
  else if ((useVotesStore.getState().mine[itemId] ?? 0) > 0) {
    run((session) => session.votes && retractVoteOp(session.votes.current().doc, itemId));
  }
}
