import type { StepPatch } from "@roundtable/shared";
import { addStep, isBoardOpError, removeStep, setStepDone, updateStep } from "@roundtable/shared";
import { t } from "../i18n/i18n";
import type { Session } from "./session";
import { readOnlyNow, write } from "./write";

// Changing the board's next steps. Each goes through `write`, so a locked board or a viewer's
// screen refuses it with the usual notice; the result also says why, for a form to show it
// beside its fields.

/** A new step as the form gives it: What, Who, By when, How we'll know, trimmed by the board. */
export type NewStep = { text: string; owner: string; due: string; measure: string; item: string };

export type StepResult = { ok: true } | { ok: false; problem: string };

function attempt(change: (doc: Session["board"]["doc"], session: Session) => void): StepResult {
  let problem = readOnlyNow();
  const done = write((session) => {
    try {
      change(session.board.doc, session);
      return true;
    } catch (error) {
      const message = isBoardOpError(error) ? error.message : String(error);
      problem = t("state:error.didNotWork", { message });
      throw error;
    }
  });
  return done ? { ok: true } : { ok: false, problem: problem ?? t("steps:problem.noBoard") };
}

/** Adds a step, set by this person (their name on the board). */
export function addNextStep(step: NewStep): StepResult {
  return attempt((doc, session) => {
    addStep(doc, {
      text: step.text,
      owner: step.owner,
      due: step.due,
      measure: step.measure,
      item: step.item,
      createdBy: session.identity?.name ?? "",
    });
  });
}

/** Changes only the parts of a step given: text, owner, date, measure. */
export function editNextStep(id: string, patch: StepPatch): StepResult {
  if (Object.keys(patch).length === 0) return { ok: true };
  return attempt((doc) => updateStep(doc, id, patch));
}

/** Marks a step done, or open again. */
export function markStepDone(id: string, done: boolean): StepResult {
  return attempt((doc) => setStepDone(doc, id, done));
}

/** Removes a step (Undo brings it back). */
export function removeNextStep(id: string): StepResult {
  return attempt((doc) => removeStep(doc, id));
}
