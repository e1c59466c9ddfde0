import type { VoteUsage } from "@roundtable/shared";
import { t } from "../../i18n/i18n";

/** One person on the roster, as the facilitator sees their voting: counts, never choices. */
export type PersonVoting = { id: string; name: string; status: string; over: number; used: number };

export type VotingProgress = {
  /** People on the roster who placed at least one vote. */
  voted: number;
  /** Everyone on the roster. */
  everyone: number;
  people: PersonVoting[];
};

/** "has not voted", "2 votes left", "done", or "2 votes too many" after the budget was lowered. */
export function votingStatus(usage: VoteUsage | undefined): string {
  if (!usage || usage.used === 0) return t("header:votes.notVoted");
  if (usage.over > 0) return t("header:votes.tooMany", { count: usage.over });
  if (usage.left === 0) return t("header:votes.done");
  return t("header:votes.left", { count: usage.left });
}

/** Where a person sorts: over the budget first (they have to act), then who has not voted. */
function urgency(person: PersonVoting, usage: VoteUsage | undefined): number {
  if (person.over > 0) return 0;
  if (person.used === 0) return 1;
  return usage && usage.left > 0 ? 2 : 3;
}

/**
 * "N of M have voted" and each person's status, from the roster and the progress the server
 * publishes. People who still have something to do come first; names break ties.
 */
export function votingProgress(
  roster: Readonly<Record<string, string>>,
  voting: Readonly<Record<string, VoteUsage>>,
): VotingProgress {
  const people = Object.entries(roster).map(([id, name]) => {
    const usage = voting[id];
    const person: PersonVoting = {
      id,
      name,
      status: votingStatus(usage),
      over: usage?.over ?? 0,
      used: usage?.used ?? 0,
    };
    return { person, rank: urgency(person, usage), left: usage?.left ?? 0 };
  });
  people.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.left - a.left ||
      a.person.name.localeCompare(b.person.name) ||
      a.person.id.localeCompare(b.person.id),
  );
  return {
    voted: people.filter(({ person }) => person.used > 0).length,
    everyone: people.length,
    people: people.map(({ person }) => person),
  };
}

/** "3 of 5 have voted": the verb agrees with the people counted, so "1 of 2 have voted" too. */
export function votedLine({ voted, everyone }: Pick<VotingProgress, "voted" | "everyone">): string {
  return t("header:votes.voted", { count: voted, everyone });
}
