import { isOverdue, type Step } from "@roundtable/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { editNextStep, removeNextStep } from "../../state/stepActions";
import { useOwnerSuggestions } from "./AddStepDialog";
import { StepCheck } from "./ItemSteps";
import { StepFieldset } from "./StepFieldset";
import { StepMeta } from "./StepMeta";
import { changedFields, fieldsOf } from "./stepForm";
import { stepFieldId, useStepFields } from "./useStepFields";

/** Marks each step's row in the panel, to move the focus on after one is removed. */
export const STEP_ROW = "data-step-row";

/** Editing a step in place: its four boxes, Save and Cancel; Escape cancels too. */
function StepEditForm({
  step,
  onDone,
  onChanged,
  say,
}: {
  step: Step;
  onDone: () => void;
  onChanged: () => void;
  say: (message: string) => void;
}) {
  const { t } = useTranslation("steps");
  const form = useStepFields(fieldsOf(step));
  const suggestions = useOwnerSuggestions();
  const [problem, setProblem] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, as the edit opens
  useEffect(() => document.getElementById(stepFieldId(form, "text"))?.focus(), []);
  return (
    <form
      className="step-form step-edit"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!form.check()) return;
        const result = editNextStep(step.id, changedFields(step, form.fields));
        if (!result.ok) {
          setProblem(result.problem);
          return;
        }
        onChanged();
        say(t("step.saved", { text: form.fields.text.trim() }));
        onDone();
      }}
      onKeyDown={(event) => {
        // Escape leaves the edit, not the whole panel.
        if (event.key !== "Escape") return;
        event.preventDefault();
        onDone();
      }}
    >
      <StepFieldset form={form} suggestions={suggestions} />
      {problem && (
        <p role="alert" className="dialog-error">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="submit" className="primary">
          {t("step.save")}
        </button>
        <button type="button" onClick={onDone}>
          {t("step.cancel")}
        </button>
      </div>
    </form>
  );
}

/** The control to focus once `row` is gone: the next row's checkbox, else the one before. */
function focusAfterRemoving(row: Element | null): () => void {
  const dialog = row?.closest("dialog");
  const rows = [...(dialog?.querySelectorAll(`[${STEP_ROW}]`) ?? [])];
  const at = row ? rows.indexOf(row) : -1;
  const next = rows[at + 1] ?? rows[at - 1];
  const target = next?.querySelector<HTMLElement>("input") ?? null;
  return () => {
    const fallback = dialog?.querySelector<HTMLElement>(".modal-close");
    (target?.isConnected ? target : fallback)?.focus();
  };
}

/**
 * One step in the "Next steps" panel: "Done: <text>", who, by when, how we'll know, where it
 * was carried from, and for whoever may edit, Edit and Remove.
 */
export function StepRow({
  step,
  today,
  edit,
  say,
  onChanged,
}: {
  step: Step;
  today: string;
  edit: boolean;
  say: (message: string) => void;
  /** Called once this row changed its step, to keep it in view whatever the filters. */
  onChanged: (id: string) => void;
}) {
  const { t } = useTranslation("steps");
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    // Back from editing: the focus returns to the step's Edit button.
    if (!editing && wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const classes = ["step-row", step.done && "done", isOverdue(step, today) && "overdue"];
  return (
    <li className={classes.filter(Boolean).join(" ")} {...{ [STEP_ROW]: step.id }}>
      {editing && edit ? (
        <StepEditForm
          step={step}
          onDone={() => setEditing(false)}
          onChanged={() => onChanged(step.id)}
          say={say}
        />
      ) : (
        <>
          <StepCheck step={step} disabled={!edit} onChanged={() => onChanged(step.id)} />
          <StepMeta step={step} today={today} full />
          {edit && (
            <span className="step-actions">
              <button
                ref={editButton}
                type="button"
                className="quiet"
                aria-label={t("step.editStep", { text: step.text })}
                onClick={() => setEditing(true)}
              >
                {t("step.edit")}
              </button>
              <button
                type="button"
                className="quiet"
                aria-label={t("step.removeStep", { text: step.text })}
                onClick={(event) => {
                  const refocus = focusAfterRemoving(event.currentTarget.closest(`[${STEP_ROW}]`));
                  if (!removeNextStep(step.id).ok) return;
                  say(t("step.removed", { text: step.text }));
                  requestAnimationFrame(refocus);
                }}
              >
                {t("step.remove")}
              </button>
            </span>
          )}
        </>
      )}
    </li>
  );
}
