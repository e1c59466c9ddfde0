import { useMemo, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { announce } from "../../state/clusterUiStore";
import { addNextStep } from "../../state/stepActions";
import { useStepsStore } from "../../state/stepsStore";
import { useUiStore } from "../../state/uiStore";
import { useControl } from "../../state/useFacilitation";
import { ModalDialog } from "../../ui/ModalDialog";
import { closeAddStep, type StepTarget, useAddStepTarget } from "./addStepTarget";
import { StepFieldset } from "./StepFieldset";
import { EMPTY_STEP_FIELDS } from "./stepForm";
import { ownerSuggestions } from "./stepView";
import { useStepFields } from "./useStepFields";
import "./steps.css";

/** The names Who offers: the board's roster and the owners named before. */
export function useOwnerSuggestions(): string[] {
  const people = useControl((c) => c.people);
  const steps = useStepsStore((s) => s.steps);
  return useMemo(() => ownerSuggestions(people, steps), [people, steps]);
}

function AddStepForm({ target }: { target: StepTarget }) {
  const { t } = useTranslation("steps");
  const form = useStepFields(EMPTY_STEP_FIELDS);
  const suggestions = useOwnerSuggestions();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="step-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const dialog = event.currentTarget.closest("dialog");
        if (!form.check()) return;
        const result = addNextStep({ ...form.fields, item: target.item });
        if (!result.ok) {
          // Refused (the board locked meanwhile): said here, and everything typed stays.
          setProblem(result.problem);
          return;
        }
        dialog?.close();
        announce(t("form.added", { text: form.fields.text.trim() }));
      }}
    >
      <p className="step-form-for" dir="auto">
        {target.item === "" ? t("form.forBoard") : t("form.for", { name: target.name })}
      </p>
      <StepFieldset form={form} suggestions={suggestions} autoFocus />
      {problem && (
        <p role="alert" className="dialog-error">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary">
          {t("form.submit")}
        </button>
      </div>
    </form>
  );
}

/**
 * The board's one "Add next step" form, opened by a note's or a cluster's button (or the
 * panel's, for the whole board): a modal dialog that starts in What; Escape or Close shuts it
 * and the focus goes back to the button that opened it. Placed on the page's body, so it shows
 * whatever part of the page holds it (a folded header menu too).
 */
export function AddStepDialog() {
  const { t } = useTranslation("steps");
  const target = useAddStepTarget((s) => s.target);
  const largeText = useUiStore((s) => s.largeText);
  return createPortal(
    <ModalDialog
      open={target !== null}
      onClose={closeAddStep}
      title={t("form.title")}
      closeLabel={t("form.close")}
      className={largeText ? "step-dialog steps-large" : "step-dialog"}
    >
      {target && <AddStepForm key={target.item} target={target} />}
    </ModalDialog>,
    document.body,
  );
}
