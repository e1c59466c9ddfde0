import { useTranslation } from "react-i18next";
import { useBoardStore } from "../state/boardStore";
import { useControl, usePermissions } from "../state/useFacilitation";
import { votesLeftFor } from "../state/voteActions";
import { useVotesStore } from "../state/votesStore";
import { phaseHint } from "./phaseHint";

/** What the current phase allows, with this person's votes left, updated as they vote. */
export function PhaseHintLine() {
  const phase = useControl((c) => c.phase);
  const settings = useControl((c) => c.votes);
  const { vote } = usePermissions();
  const lanes = useBoardStore((s) => s.lanes);
  // Read so the line follows a language switch too (phaseHint says it in the page's language).
  useTranslation("board");
  // Read so the line follows every vote placed or taken back, and notes moving between lanes.
  useVotesStore((s) => s.mine);
  useBoardStore((s) => s.noteIdsByLane);
  const firstLane = lanes[0]?.id ?? "";
  const hint = phaseHint({
    phase,
    canVote: vote,
    revealed: settings.revealed,
    votes: {
      budget: settings.budget,
      perLane: settings.perLane,
      left: phase === "vote" ? votesLeftFor(firstLane) : settings.budget,
      leftByLane:
        phase === "vote" && settings.perLane
          ? lanes.map((lane) => ({ title: lane.title, left: votesLeftFor(lane.id) }))
          : [],
    },
  });
  return <p className="phase-hint">{hint}</p>;
}
