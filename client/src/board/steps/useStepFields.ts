import { useId, useState } from "react";
import {
  checkStepFields,
  fieldProblem,
  firstProblem,
  hasProblems,
  type StepFields,
  type StepProblems,
} from "./stepForm";

export type StepFieldsForm = ReturnType<typeof useStepFields>;

/** The id of one box of a step form, to label it and give it the focus. */
export function stepFieldId(form: { baseId: string }, field: keyof StepFields): string {
  return `${form.baseId}-${field}`;
}

/**
 * A step form's boxes and their problems. A box too long is said as it is typed; an empty What
 * only once the form was sent. `check` marks every problem and takes the focus to the first.
 */
export function useStepFields(initial: StepFields) {
  const baseId = useId();
  const [fields, setFields] = useState(initial);
  const [problems, setProblems] = useState<StepProblems>({});
  const [sent, setSent] = useState(false);

  function change(field: keyof StepFields, value: string): void {
    setFields((before) => ({ ...before, [field]: value }));
    const problem = fieldProblem(field, value);
    setProblems((before) => {
      const next = { ...before };
      if (problem && (sent || problem.kind !== "empty")) next[field] = problem;
      else delete next[field];
      return next;
    });
  }

  function check(): boolean {
    const found = checkStepFields(fields);
    setProblems(found);
    setSent(true);
    const first = firstProblem(found);
    if (first) document.getElementById(stepFieldId({ baseId }, first))?.focus();
    return !hasProblems(found);
  }

  return { baseId, fields, problems, change, check };
}
