import { scoreOf } from "@roundtable/shared";
import { useTranslation } from "react-i18next";
import { useBoardStore } from "../state/boardStore";
import { selectPriorVotes } from "../state/selectors";
import { useControl } from "../state/useFacilitation";
import { useRank } from "./laneRanking";

/**
 * The revealed vote total of a note or cluster, and its rank in Review (none without votes).
 * A cluster counts its notes' votes with its own (`memberIds`).
 */
export function VoteBadges(props: { itemId: string; memberIds?: readonly string[] }) {
  // Until totals are revealed a card's badges listen to nothing the board's notes change, so a
  // keystroke anywhere on a large board does not reach every card.
  const revealed = useControl((c) => c.totals !== null);
  return revealed ? <RevealedVoteBadges {...props} /> : null;
}

function RevealedVoteBadges({
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
  const { t } = useTranslation("board");
  if (total === null) return null;
  return (
    <span className="vote-badges">
      {rank !== null && total > 0 && <span className="rank-badge">{t("vote.rank", { rank })}</span>}
      <span className="total-badge">
        {/* A cluster's count takes in its notes' votes; the exports give each its own. */}
        {t(memberIds ? "vote.totalInAll" : "vote.total", { count: total })}
      </span>
    </span>
  );
}
