import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { FieldProblem, StepFields } from "./stepForm";
import { type StepFieldsForm, stepFieldId } from "./useStepFields";

/** What is wrong with a box, said beside it. */
function problemText(t: TFunction<"steps">, problem: FieldProblem): string {
  switch (problem.kind) {
    case "empty":
      return t("problem.empty");
    case "notADate":
      return t("problem.notADate");
    case "tooLong":
      return t("problem.tooLong", { length: problem.length, max: problem.max });
  }
}

/** One labelled box with its problem below it, tied to it for screen readers. */
function StepBox({
  form,
  field,
  label,
  type = "text",
  list,
  hint,
  autoFocus = false,
}: {
  form: StepFieldsForm;
  field: keyof StepFields;
  label: string;
  type?: "text" | "date";
  list?: string;
  hint?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation("steps");
  const id = stepFieldId(form, field);
  const problem = form.problems[field];
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;
  const describedBy = [problem && problemId, hint && hintId].filter(Boolean).join(" ");
  return (
    <div className="field step-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={form.fields[field]}
        list={list}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...(autoFocus ? { "data-autofocus": "" } : {})}
        onChange={(event) => form.change(field, event.target.value)}
      />
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {problem && (
        <span id={problemId} className="step-field-problem">
          {problemText(t, problem)}
        </span>
      )}
    </div>
  );
}

/**
 * A next step's boxes: What, Who (a name, the board's people offered), By when (a date) and
 * How we'll know. Used to add a step and to edit one.
 */
export function StepFieldset({
  form,
  suggestions,
  autoFocus = false,
}: {
  form: StepFieldsForm;
  /** The names Who offers. */
  suggestions: readonly string[];
  /** Whether What takes the focus when a dialog opens. */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation("steps");
  const listId = `${form.baseId}-people`;
  return (
    <div className="step-fields">
      <StepBox form={form} field="text" label={t("form.what")} autoFocus={autoFocus} />
      <StepBox
        form={form}
        field="owner"
        label={t("form.who")}
        list={listId}
        hint={t("form.whoHint")}
      />
      <datalist id={listId}>
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <StepBox form={form} field="due" label={t("form.due")} type="date" />
      <StepBox form={form} field="measure" label={t("form.measure")} />
    </div>
  );
}
