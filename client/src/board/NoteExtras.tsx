import { scoreOf } from "@roundtable/shared";
import { useBoardStore } from "../state/boardStore";
import { selectPriorVotes } from "../state/selectors";
import { useRank } from "./laneRanking";
import { useControl } from "./useFacilitation";
import { VoteControl } from "./VoteControl";

/** Id of a draft note's "Private" label, so the note's buttons can point to it. */
export function privateLabelId(noteId: string): string {
  return `private-${noteId}`;
}

/**
 * The revealed vote total of a note or cluster, and its rank in Review (none without votes).
 * A cluster counts its notes' votes with its own (`memberIds`).
 */
export function VoteBadges({
  itemId,
  memberIds,
}: {
  itemId: string;
  memberIds?: readonly string[];
}) {
  const prior = useBoardStore(selectPriorVotes);
  const total = useControl((c) =>
    c.totals === null ? null : scoreOf(c.totals, itemId, memberIds, prior),
  );
  const rank = useRank(itemId);
  if (total === null) return null;
  return (
    <span className="vote-badges">
      {rank !== null && total > 0 && <span className="rank-badge">#{rank}</span>}
      <span className="total-badge">
        {total} {total === 1 ? "vote" : "votes"}
        {/* A cluster's count takes in its notes' votes; the exports give each its own. */}
        {memberIds && " in all"}
      </span>
    </span>
  );
}

/** What facilitation adds to a note: "Private" while a draft, votes, totals and rank. */
export function NoteExtras({
  id,
  label,
  lane,
  draft,
}: {
  id: string;
  label: string;
  lane: string;
  draft: boolean;
}) {
  return (
    <div className="note-extras">
      {draft && (
        <span
          className="private-label"
          id={privateLabelId(id)}
          title="Only you can see this note until the facilitator reveals notes"
        >
          Private
        </span>
      )}
      <VoteBadges itemId={id} />
      {!draft && <VoteControl itemId={id} label={label} lane={lane} />}
    </div>
  );
}
