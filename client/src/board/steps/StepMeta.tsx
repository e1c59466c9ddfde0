import { isOverdue, type Step } from "@roundtable/shared";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../i18n/format";
import { dueDay } from "./stepView";

const DAY: Intl.DateTimeFormatOptions = { dateStyle: "medium" };

/** "By Dec 15, 2026" in the page's language. */
export function dueText(t: TFunction<"steps">, due: string): string {
  return t("step.due", { date: formatDateTime(dueDay(due), DAY) });
}

/** "Carried over · first set <date> by <name>", with what is known of it. */
function carriedText(t: TFunction<"steps">, step: Step): string {
  if (step.createdAt === null) return t("step.carriedOver");
  const date = formatDateTime(step.createdAt, DAY);
  return step.createdBy === ""
    ? t("step.carriedOn", { date })
    : t("step.carried", { date, name: step.createdBy });
}

/**
 * Who does a step and by when, "Overdue" in words (not colour alone) once its date has passed
 * and it is still open; with `full`, how the group will know and where it was carried from.
 */
export function StepMeta({
  step,
  today,
  full = false,
}: {
  step: Step;
  today: string;
  full?: boolean;
}) {
  const { t } = useTranslation("steps");
  const late = isOverdue(step, today);
  return (
    <>
      <span className="step-meta">
        <span>{step.owner === "" ? t("step.noOwner") : t("step.owner", { name: step.owner })}</span>
        {step.due !== "" && <span>{dueText(t, step.due)}</span>}
        {late && <strong className="step-overdue">{t("step.overdue")}</strong>}
      </span>
      {full && step.measure !== "" && (
        <span className="step-measure" dir="auto">
          {t("step.measure", { measure: step.measure })}
        </span>
      )}
      {full && step.carriedFrom !== null && (
        <span className="step-carried">{carriedText(t, step)}</span>
      )}
    </>
  );
}
