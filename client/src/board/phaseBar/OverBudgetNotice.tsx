import { useTranslation } from "react-i18next";
import { useBoardStore } from "../../state/boardStore";
import { useControl, usePermissions } from "../../state/useFacilitation";
import { myVotesOverBudget } from "../../state/voteActions";
import { useVotesStore } from "../../state/votesStore";
import { overBudgetMessage } from "./overBudget";

/**
 * After the facilitator lowered the budget below what this person placed: how many to take back.
 * Their extra votes do not count and they cannot add any until they are within the budget.
 */
export function OverBudgetNotice() {
  const { vote } = usePermissions();
  const settings = useControl((c) => c.votes);
  // Read so the notice follows every vote taken back, and notes moving between lanes.
  useVotesStore((s) => s.mine);
  useBoardStore((s) => s.noteIdsByLane);
  useBoardStore((s) => s.clusterIdsByLane);
  const lanes = useBoardStore((s) => s.lanes);
  // Also renders the notice again on a language switch (overBudgetMessage uses the page's).
  const { t } = useTranslation("board");
  if (!vote) return null;
  const titles = new Map(lanes.map((lane) => [lane.id, lane.title]));
  const overIn = [...myVotesOverBudget()].map(([lane, { used, over }]) => ({
    title: settings.perLane ? (titles.get(lane) ?? t("phase.overBudget.removedLane")) : null,
    used,
    over,
  }));
  const message = overBudgetMessage(settings.budget, overIn);
  if (!message) return null;
  return (
    <p className="over-budget-notice" role="alert">
      {message}
    </p>
  );
}
