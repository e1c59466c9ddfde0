import { isVoteBudget, MAX_VOTE_BUDGET } from "@roundtable/shared";
import { setVoteSettings, setVotesRevealed } from "../state/controlActions";
import { useCommittedNumber } from "./useCommittedNumber";
import { useControl } from "./useFacilitation";

/** The facilitator's vote settings: budget per person, per priority or not, and the reveal. */
export function VoteSettingsControls() {
  const votes = useControl((c) => c.votes);
  const budget = useCommittedNumber(votes.budget, isVoteBudget, (n) =>
    setVoteSettings({ budget: n }),
  );
  return (
    <fieldset className="control-group">
      <legend className="visually-hidden">Votes</legend>
      <label className="number-field">
        Votes per person
        <input
          type="number"
          min={1}
          max={MAX_VOTE_BUDGET}
          step={1}
          value={budget.value}
          aria-invalid={budget.invalid}
          onChange={(event) => budget.onChange(event.target.value)}
          onBlur={budget.onBlur}
        />
      </label>
      <label className="check-field">
        <input
          type="checkbox"
          checked={votes.perLane}
          onChange={(event) => setVoteSettings({ perLane: event.target.checked })}
        />
        Per priority
      </label>
      <button type="button" onClick={() => setVotesRevealed(!votes.revealed)}>
        {votes.revealed ? "Hide votes" : "Reveal votes"}
      </button>
    </fieldset>
  );
}
