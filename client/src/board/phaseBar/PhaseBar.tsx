import { useTranslation } from "react-i18next";
import { PhaseHintLine } from "../../phases/PhaseHintLine";
import { PhaseSteps } from "../../phases/PhaseSteps";
import { useUiStore } from "../../state/uiStore";
import { useControl, usePermissions } from "../../state/useFacilitation";
import { Countdown } from "../../ui/Countdown";
import { FACILITATOR_CONTROLS_ID } from "../facilitation/facilitatorControlsId";
import { FacilitatorControls, PhaseNav } from "../facilitation/lazyFacilitatorTools";
import { VotedCount } from "../facilitation/VotingProgressPanel";
import { OverBudgetNotice } from "./OverBudgetNotice";
import { PhaseAnnouncer } from "./PhaseAnnouncer";
import { PrivateBanner } from "./PrivateBanner";

/**
 * Under the header: where the meeting is (phase, what it allows, the timer, the lock) for
 * everyone, and the facilitator's controls on the facilitator's screen.
 */
export function PhaseBar() {
  const locked = useControl((c) => c.locked);
  const voting = useControl((c) => c.phase === "vote");
  const { facilitate } = usePermissions();
  const controlsOpen = useUiStore((s) => s.controlsOpen);
  const { t } = useTranslation("board");
  return (
    <section className="phase-bar" aria-label={t("phase.bar")}>
      <div className="phase-row">
        <PhaseSteps canSwitch={facilitate} />
        {facilitate && <PhaseNav />}
        <PhaseHintLine />
        {facilitate && voting && <VotedCount />}
        {locked && <span className="lock-badge">{t("phase.locked")}</span>}
        <Countdown />
        {facilitate && (
          // A narrow screen folds the controls away until the facilitator asks for them.
          <button
            type="button"
            className="controls-toggle"
            aria-expanded={controlsOpen}
            aria-controls={FACILITATOR_CONTROLS_ID}
            onClick={() => useUiStore.setState({ controlsOpen: !controlsOpen })}
          >
            {controlsOpen ? t("phase.hideControls") : t("phase.showControls")}
          </button>
        )}
      </div>
      {facilitate && <FacilitatorControls folded={!controlsOpen} />}
      <PrivateBanner />
      <OverBudgetNotice />
      <PhaseAnnouncer />
    </section>
  );
}
