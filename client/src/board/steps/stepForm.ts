import {
  isStepDate,
  MAX_STEP_MEASURE,
  MAX_STEP_OWNER,
  MAX_STEP_TEXT,
  type Step,
  type StepPatch,
  textLength,
} from "@roundtable/shared";

// What the step form holds and what is wrong with it, checked before anything is written so a
// refusal is said beside its field and nothing typed is lost.

/** The form's four boxes, as typed: What, Who, By when, How we'll know. */
export type StepFields = { text: string; owner: string; due: string; measure: string };

export const EMPTY_STEP_FIELDS: StepFields = { text: "", owner: "", due: "", measure: "" };

export type FieldProblem =
  | { kind: "empty" }
  | { kind: "tooLong"; max: number; length: number }
  | { kind: "notADate" };

export type StepProblems = Partial<Record<keyof StepFields, FieldProblem>>;

/** Most characters each box takes, as the board does. */
export const STEP_FIELD_LIMITS = {
  text: MAX_STEP_TEXT,
  owner: MAX_STEP_OWNER,
  measure: MAX_STEP_MEASURE,
} as const;

function length(field: keyof typeof STEP_FIELD_LIMITS, value: string): FieldProblem | undefined {
  const max = STEP_FIELD_LIMITS[field];
  const count = textLength(value.trim());
  return count > max ? { kind: "tooLong", max, length: count } : undefined;
}

/** What is wrong with one box, or undefined when it is fine. */
export function fieldProblem(field: keyof StepFields, value: string): FieldProblem | undefined {
  if (field === "due") {
    const due = value.trim();
    return due === "" || isStepDate(due) ? undefined : { kind: "notADate" };
  }
  if (field === "text" && value.trim() === "") return { kind: "empty" };
  return length(field, value);
}

/** Every box's problem; an empty record when the step may be written. */
export function checkStepFields(fields: StepFields): StepProblems {
  const problems: StepProblems = {};
  for (const field of Object.keys(fields) as (keyof StepFields)[]) {
    const problem = fieldProblem(field, fields[field]);
    if (problem) problems[field] = problem;
  }
  return problems;
}

export function hasProblems(problems: StepProblems): boolean {
  return Object.keys(problems).length > 0;
}

/** The first box with a problem, in the form's order, to take the focus. */
export function firstProblem(problems: StepProblems): keyof StepFields | null {
  const order: (keyof StepFields)[] = ["text", "owner", "due", "measure"];
  return order.find((field) => problems[field]) ?? null;
}

/** The boxes filled in from a step, for editing it. */
export function fieldsOf(step: Pick<Step, "text" | "owner" | "due" | "measure">): StepFields {
  return { text: step.text, owner: step.owner, due: step.due, measure: step.measure };
}

/**
 * Only what the edit changed, trimmed, so someone else's change to another part of the same
 * step at the same time is kept.
 */
export function changedFields(
  before: Pick<Step, "text" | "owner" | "due" | "measure">,
  after: StepFields,
): StepPatch {
  const patch: StepPatch = {};
  for (const field of ["text", "owner", "due", "measure"] as const) {
    const value = after[field].trim();
    if (value !== before[field].trim()) patch[field] = value;
  }
  return patch;
}
