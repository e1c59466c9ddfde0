import { isOverdue, localDay, type Step } from "@roundtable/shared";
import { useTranslation } from "react-i18next";
import { markStepDone } from "../../state/stepActions";
import { usePermissions } from "../../state/useFacilitation";
import { StepMeta } from "./StepMeta";
import { useStepsOf } from "./useSteps";
import "./steps.css";

/** How many of an item's steps its card lists; the rest are in the "Next steps" panel. */
export const STEPS_ON_CARD = 3;

/** A step's "Done: <text>" checkbox with its text beside it, ticked by whoever may edit. */
export function StepCheck({
  step,
  disabled,
  onChanged,
}: {
  step: Step;
  disabled: boolean;
  /** Called once the box changed the step. */
  onChanged?: () => void;
}) {
  const { t } = useTranslation("steps");
  return (
    <label className="step-check">
      <input
        type="checkbox"
        checked={step.done}
        disabled={disabled}
        aria-label={t("step.done", { text: step.text })}
        onChange={(event) => {
          if (markStepDone(step.id, event.target.checked).ok) onChanged?.();
        }}
      />
      <span className="step-text" dir="auto">
        {step.text}
      </span>
    </label>
  );
}

function StepList({ steps, name }: { steps: readonly Step[]; name: string }) {
  const { t } = useTranslation("steps");
  const { edit } = usePermissions();
  const today = localDay();
  const more = steps.length - STEPS_ON_CARD;
  return (
    <div className="item-steps">
      <span className="item-steps-count">{t("card.count", { count: steps.length })}</span>
      <ul aria-label={t("card.list", { name })}>
        {steps.slice(0, STEPS_ON_CARD).map((step) => (
          <li
            key={step.id}
            className={isOverdue(step, today) ? "item-step overdue" : "item-step"}
            data-step={step.id}
          >
            <StepCheck step={step} disabled={!edit} />
            <StepMeta step={step} today={today} />
          </li>
        ))}
      </ul>
      {more > 0 && <span className="item-steps-more">{t("card.more", { count: more })}</span>}
    </div>
  );
}

/**
 * A note's or a cluster's next steps: their count and the first few, each with "Done: <text>".
 * A `light` card (out of sight on a large board) shows the count only. Mounted only on items
 * that have steps.
 */
export function ItemSteps({
  item,
  name,
  light = false,
}: {
  item: string;
  name: string;
  light?: boolean;
}) {
  const { t } = useTranslation("steps");
  const steps = useStepsOf(item);
  if (steps.length === 0) return null;
  if (light) {
    return <span className="item-steps-count">{t("card.count", { count: steps.length })}</span>;
  }
  return <StepList steps={steps} name={name} />;
}
