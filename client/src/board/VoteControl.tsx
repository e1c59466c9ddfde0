import { useTranslation } from "react-i18next";
import { useMyVotesOn, usePermissions, useVotesLeft } from "../state/useFacilitation";
import { castVote, retractVote } from "../state/voteActions";
import { focusSoon, VOTE_FOR, voteButtonOf } from "../ui/focusSoon";

/**
 * Dot voting on one note or cluster: "Vote for", this person's dots, "Remove vote". Shown in
 * the Vote phase to everyone who may vote; `lane` is where the item sits, for budgets that
 * apply to each priority.
 */
export function VoteControl({
  itemId,
  label,
  lane,
}: {
  itemId: string;
  label: string;
  lane: string;
}) {
  const { vote } = usePermissions();
  const mine = useMyVotesOn(itemId);
  const left = useVotesLeft(lane);
  const { t } = useTranslation("board");
  if (!vote) return null;
  return (
    <div className="vote-control">
      <button
        type="button"
        className="vote-add"
        disabled={left === 0}
        onClick={() => castVote(itemId)}
        {...{ [VOTE_FOR]: itemId }}
        aria-label={t("vote.addFor", { name: label })}
      >
        <span aria-hidden="true">+ ●</span> {t("vote.add")}
      </button>
      {mine > 0 && (
        <>
          <button
            type="button"
            className="vote-remove"
            onClick={() => {
              retractVote(itemId);
              // The last one gone, this button goes too: focus moves to "Vote for".
              if (mine === 1) focusSoon(voteButtonOf(itemId));
            }}
            aria-label={t("vote.removeFor", { name: label })}
          >
            <span aria-hidden="true">−</span> {t("vote.remove")}
          </button>
          <span className="my-dots">
            <span aria-hidden="true">{"●".repeat(Math.min(mine, 10))}</span>{" "}
            {t("vote.mine", { count: mine })}
          </span>
        </>
      )}
    </div>
  );
}
