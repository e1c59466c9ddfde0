import { PHASES } from "@roundtable/shared";
import { useTranslation } from "react-i18next";
import * as controlActions from "../../state/controlActions";
import { useControl } from "../../state/useFacilitation";
import { FACILITATOR_CONTROLS_ID } from "./facilitatorControlsId";
import { TimerControls } from "./TimerControls";
import { VoteSettingsControls } from "./VoteSettingsControls";

/** Previous and Next phase, beside the phases on the facilitator's screen. */
export function PhaseNav() {
  const { t } = useTranslation("header");
  const phase = useControl((c) => c.phase);
  const index = PHASES.indexOf(phase);
  const previous = PHASES[index - 1];
  const next = PHASES[index + 1];
  return (
    <div className="phase-nav">
      <button
        type="button"
        disabled={!previous}
        onClick={() => previous && controlActions.setPhase(previous)}
      >
        {t("phaseNav.previous")}
      </button>
      <button type="button" disabled={!next} onClick={() => next && controlActions.setPhase(next)}>
        {t("phaseNav.next")}
      </button>
    </div>
  );
}

/** A button that stays pressed while its setting is on. */
function Toggle({
  label,
  pressed,
  onChange,
}: {
  label: string;
  pressed: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <button
      type="button"
      className="toggle"
      aria-pressed={pressed}
      // The name is also the label, so tools that look controls up by label find it.
      aria-label={label}
      onClick={() => onChange(!pressed)}
    >
      <span className="toggle-mark" aria-hidden="true" />
      {label}
    </button>
  );
}

/**
 * The facilitator's row: lock, private writing, vote settings and the timer. `folded` hides it
 * on a narrow screen only (board.css), until "Show controls" is pressed.
 */
export function FacilitatorControls({ folded = false }: { folded?: boolean }) {
  const { t } = useTranslation("header");
  const locked = useControl((c) => c.locked);
  const privateWriting = useControl((c) => c.privateWriting);
  return (
    <section
      id={FACILITATOR_CONTROLS_ID}
      className={folded ? "facilitator-controls folded" : "facilitator-controls"}
      aria-label={t("controls.region")}
    >
      <div className="control-group">
        <Toggle label={t("controls.lock")} pressed={locked} onChange={controlActions.setLocked} />
        <Toggle
          label={t("controls.privateWriting")}
          pressed={privateWriting}
          onChange={controlActions.setPrivateWriting}
        />
        {privateWriting && (
          <button type="button" onClick={() => controlActions.setPrivateWriting(false)}>
            {t("controls.revealNotes")}
          </button>
        )}
      </div>
      <VoteSettingsControls />
      <TimerControls />
    </section>
  );
}
