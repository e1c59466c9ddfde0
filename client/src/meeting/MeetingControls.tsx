import { PHASES, type Phase } from "@roundtable/shared";
import { useTranslation } from "react-i18next";
import {
  setLockedForAll,
  setPhaseForAll,
  startTimerForAll,
  stopAllTimers,
} from "../state/meetingActions";
import { type MeetingStore, useMeetingStore } from "../state/meetingStore";
import { TimerForm } from "../ui/TimerForm";

/** The phase every group is in, or null while they differ (or none has arrived). */
function sharedPhase(state: MeetingStore): Phase | null {
  const groups = Object.values(state.groups).filter((group) => group.ready);
  const first = groups[0]?.phase ?? null;
  return groups.every((group) => group.phase === first) ? first : null;
}

function PhaseButtons() {
  const { t } = useTranslation(["meeting", "common"]);
  const current = useMeetingStore(sharedPhase);
  return (
    <fieldset className="control-group all-phases">
      <legend className="visually-hidden">{t("controls.phaseForAll")}</legend>
      <span className="control-label" aria-hidden="true">
        {t("controls.phaseForAll")}
      </span>
      {PHASES.map((phase, index) => (
        <button
          key={phase}
          type="button"
          className="phase-choice"
          aria-pressed={current === phase}
          onClick={() => setPhaseForAll(phase)}
        >
          {/* Named from its content, "Set all groups to Write", which holds the visible word. */}
          <span className="visually-hidden">{`${t("controls.setAllTo")} `}</span>
          <span className="phase-number" aria-hidden="true">
            {index + 1}
          </span>
          {t(`common:phase.${phase}`)}
        </button>
      ))}
    </fieldset>
  );
}

/** Phase, lock and timer for every group at once, and what the last change did. */
export function MeetingControls() {
  const { t } = useTranslation("meeting");
  const anyTimer = useMeetingStore((s) => Object.values(s.groups).some((g) => g.timer !== null));
  const outcome = useMeetingStore((s) => s.outcome);
  return (
    <section className="meeting-controls" aria-label={t("controls.label")}>
      <div className="meeting-controls-row">
        <PhaseButtons />
        <div className="control-group">
          <button type="button" onClick={() => setLockedForAll(true)}>
            {t("controls.lockAll")}
          </button>
          <button type="button" onClick={() => setLockedForAll(false)}>
            {t("controls.unlockAll")}
          </button>
        </div>
        <TimerForm
          startLabel={t("controls.startTimer")}
          stopLabel={t("controls.stopTimers")}
          running={anyTimer}
          onStart={startTimerForAll}
          onStop={stopAllTimers}
        />
        <p role="status" className="meeting-outcome">
          {outcome}
        </p>
      </div>
    </section>
  );
}
