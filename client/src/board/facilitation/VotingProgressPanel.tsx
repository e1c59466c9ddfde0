import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useControl } from "../../state/useFacilitation";
import { votedLine, votingProgress } from "./votingProgress";

/** Whether the facilitator's view should show voting progress: while voting and after it. */
export function useVotingShown(): boolean {
  return useControl((c) => c.phase === "vote" || c.phase === "review");
}

/** "N of M have voted" over everyone on the roster, from counts the server publishes. */
export function useVotingProgress() {
  const roster = useControl((c) => c.people);
  const voting = useControl((c) => c.voting);
  // Each status is said when the progress is made: a language switch makes it again.
  const { i18n } = useTranslation();
  const language = i18n.language;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `language` words the statuses again
  return useMemo(() => votingProgress(roster, voting), [roster, voting, language]);
}

/**
 * The facilitator panel's votes: how many people have voted and what each has left, so the
 * facilitator knows whom to wait for. Nobody's choices are in it; the server never sends them.
 */
export function VotingProgressPanel() {
  const { t } = useTranslation("header");
  const progress = useVotingProgress();
  return (
    <>
      <h3>{t("votes.heading")}</h3>
      <p className="muted">{votedLine(progress)}</p>
      <ul className="participation" aria-label={t("votes.perPerson")}>
        {progress.people.map((person) => (
          <li key={person.id} className={person.over > 0 ? "over-budget" : undefined}>
            <span className="participation-name">
              {person.name}
              <span className="visually-hidden">: </span>
            </span>
            <span className="participation-count">{person.status}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The phase bar's compact "N of M have voted", for the facilitator while voting. */
export function VotedCount() {
  const { t } = useTranslation("header");
  const progress = useVotingProgress();
  return (
    <span className="voted-count" role="status" aria-label={t("votes.progress")}>
      {votedLine(progress)}
    </span>
  );
}
