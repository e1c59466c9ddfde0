import { PHASES } from "@roundtable/shared";
import { useTranslation } from "react-i18next";
import { setPhase } from "../state/controlActions";
import { useControl } from "../state/useFacilitation";

/**
 * Write → Cluster → Vote → Review, the current one marked. On the facilitator's screen each
 * phase is a button that switches to it; everyone else sees the steps as text.
 */
export function PhaseSteps({ canSwitch }: { canSwitch: boolean }) {
  const phase = useControl((c) => c.phase);
  const { t } = useTranslation(["board", "common"]);
  return (
    <ol className="phase-steps" aria-label={t("phase.steps")}>
      {PHASES.map((step, index) => {
        const current = step === phase ? "step" : undefined;
        const name = (
          <>
            <span className="phase-number" aria-hidden="true">
              {index + 1}
            </span>
            {t(`common:phase.${step}`)}
          </>
        );
        return (
          <li key={step} className={current ? "phase phase-current" : "phase"}>
            {canSwitch ? (
              <button type="button" aria-current={current} onClick={() => setPhase(step)}>
                {name}
              </button>
            ) : (
              <span aria-current={current}>{name}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
