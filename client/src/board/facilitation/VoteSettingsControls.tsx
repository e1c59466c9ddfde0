import { isVoteBudget, MAX_VOTE_BUDGET } from "@roundtable/shared";
import { useTranslation } from "react-i18next";
import { setVoteSettings, setVotesRevealed } from "../../state/controlActions";
import { useControl } from "../../state/useFacilitation";
import { CheckField, NumberField } from "../../ui/Fields";
import { useCommittedNumber } from "../../ui/useCommittedNumber";

/** The facilitator's vote settings: budget per person, per priority or not, and the reveal. */
export function VoteSettingsControls() {
  const { t } = useTranslation("header");
  const votes = useControl((c) => c.votes);
  const budget = useCommittedNumber(votes.budget, isVoteBudget, (n) =>
    setVoteSettings({ budget: n }),
  );
  return (
    <fieldset className="control-group">
      <legend className="visually-hidden">{t("votes.legend")}</legend>
      <NumberField
        label={t("votes.perPerson")}
        min={1}
        max={MAX_VOTE_BUDGET}
        step={1}
        value={budget.value}
        invalid={budget.invalid}
        onChange={budget.onChange}
        onBlur={budget.onBlur}
      />
      <CheckField
        label={t("votes.perPriority")}
        checked={votes.perLane}
        onChange={(perLane) => setVoteSettings({ perLane })}
      />
      <button type="button" onClick={() => setVotesRevealed(!votes.revealed)}>
        {votes.revealed ? t("votes.hide") : t("votes.reveal")}
      </button>
    </fieldset>
  );
}
