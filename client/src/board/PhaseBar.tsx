import { Countdown } from "./Countdown";
import { FacilitatorControls, PhaseNav } from "./FacilitatorControls";
import { PhaseAnnouncer } from "./PhaseAnnouncer";
import { PhaseHintLine } from "./PhaseHintLine";
import { PhaseSteps } from "./PhaseSteps";
import { PrivateBanner } from "./PrivateBanner";
import { useControl, usePermissions } from "./useFacilitation";

/**
 * Under the header: where the meeting is (phase, what it allows, the timer, the lock) for
 * everyone, and the facilitator's controls on the facilitator's screen.
 */
export function PhaseBar() {
  const locked = useControl((c) => c.locked);
  const { facilitate } = usePermissions();
  return (
    <section className="phase-bar" aria-label="Phase">
      <div className="phase-row">
        <PhaseSteps canSwitch={facilitate} />
        {facilitate && <PhaseNav />}
        <PhaseHintLine />
        {locked && <span className="lock-badge">Board locked</span>}
        <Countdown />
      </div>
      {facilitate && <FacilitatorControls />}
      <PrivateBanner />
      <PhaseAnnouncer />
    </section>
  );
}
