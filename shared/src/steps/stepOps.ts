import * as Y from "yjs";
import { type Origin, recordIn, STEP_FIELDS, stepsMap } from "../doc";
import { BoardOpError } from "../errors";
import { requireString, requireTimestamp } from "../guards";
import { isValidRecordId, newId } from "../ids";
import { textLength } from "../text";
import {
  isStepDate,
  MAX_STEP_MEASURE,
  MAX_STEP_OWNER,
  MAX_STEP_TEXT,
  MAX_STEPS,
  readStep,
} from "./step";

// Writing next steps. Each operation checks its input before its transaction, so a refused one
// changes nothing, and writes only the fields it is given: two people editing one step's owner
// and date at once both keep their change.

export type StepInput = {
  text: string;
  owner?: string;
  due?: string;
  measure?: string;
  item?: string;
  done?: boolean;
  id?: string;
  createdAt?: number;
  createdBy?: string;
  carriedFrom?: string;
};

export type StepPatch = Partial<Pick<StepInput, "owner" | "due" | "measure" | "done" | "text">>;

function capped(value: unknown, what: string, max: number): string {
  const clean = requireString(value, what).trim();
  if (textLength(clean) > max) {
    throw new BoardOpError("invalid-input", `${what} is longer than ${max} characters`);
  }
  return clean;
}

function dueDate(value: unknown): string {
  const due = requireString(value, "due").trim();
  if (due !== "" && !isStepDate(due)) {
    throw new BoardOpError("invalid-input", "due must be a date written YYYY-MM-DD");
  }
  return due;
}

function checkedPatch(patch: StepPatch): StepPatch {
  const out: StepPatch = {};
  if (patch.text !== undefined) {
    out.text = capped(patch.text, "text", MAX_STEP_TEXT);
    if (out.text === "") throw new BoardOpError("invalid-input", "a next step needs its text");
  }
  if (patch.owner !== undefined) out.owner = capped(patch.owner, "owner", MAX_STEP_OWNER);
  if (patch.measure !== undefined) out.measure = capped(patch.measure, "measure", MAX_STEP_MEASURE);
  if (patch.due !== undefined) out.due = dueDate(patch.due);
  if (patch.done !== undefined) {
    if (typeof patch.done !== "boolean")
      throw new BoardOpError("invalid-input", "done is true or false");
    out.done = patch.done;
  }
  return out;
}

function writePatch(step: Y.Map<unknown>, patch: StepPatch): void {
  if (patch.owner !== undefined) step.set(STEP_FIELDS.owner, patch.owner);
  if (patch.measure !== undefined) step.set(STEP_FIELDS.measure, patch.measure);
  if (patch.done !== undefined) step.set(STEP_FIELDS.done, patch.done);
  if (patch.due !== undefined) {
    if (patch.due === "") step.delete(STEP_FIELDS.due);
    else step.set(STEP_FIELDS.due, patch.due);
  }
}

/** Adds a next step; returns its id. The text is required, the rest optional. */
export function addStep(doc: Y.Doc, input: StepInput, origin: Origin = "local"): string {
  const patch = checkedPatch({ ...input, text: input.text });
  const item = input.item === undefined ? "" : requireString(input.item, "item");
  if (item !== "" && !isValidRecordId(item)) {
    throw new BoardOpError("invalid-input", "item must be a note or cluster id");
  }
  const id = input.id ?? newId();
  if (!isValidRecordId(id) || stepsMap(doc).has(id)) {
    throw new BoardOpError("invalid-input", `step id ${String(id)} is invalid or taken`);
  }
  if (stepsMap(doc).size >= MAX_STEPS) {
    throw new BoardOpError("invalid-input", `a board holds at most ${MAX_STEPS} next steps`);
  }
  const createdAt = input.createdAt === undefined ? Date.now() : requireTimestamp(input.createdAt);
  const createdBy =
    input.createdBy === undefined ? "" : capped(input.createdBy, "createdBy", MAX_STEP_OWNER);
  const carriedFrom =
    input.carriedFrom === undefined ? "" : requireString(input.carriedFrom, "carriedFrom");
  doc.transact(() => {
    const step = new Y.Map<unknown>();
    step.set(STEP_FIELDS.text, new Y.Text(patch.text ?? ""));
    step.set(STEP_FIELDS.done, patch.done ?? false);
    if (item !== "") step.set(STEP_FIELDS.item, item);
    step.set(STEP_FIELDS.createdAt, createdAt);
    if (createdBy !== "") step.set(STEP_FIELDS.createdBy, createdBy);
    if (carriedFrom !== "") step.set(STEP_FIELDS.carriedFrom, carriedFrom);
    writePatch(step, { ...patch, done: undefined });
    stepsMap(doc).set(id, step);
  }, origin);
  return id;
}

function existing(doc: Y.Doc, id: string): Y.Map<unknown> {
  const step = recordIn(stepsMap(doc), id);
  if (!step || !readStep(id, step)) {
    throw new BoardOpError("invalid-input", `there is no next step ${String(id)}`);
  }
  return step;
}

/** Changes a step's owner, date, measure, done or text; only the fields given. */
export function updateStep(
  doc: Y.Doc,
  id: string,
  patch: StepPatch,
  origin: Origin = "local",
): void {
  const step = existing(doc, id);
  const checked = checkedPatch(patch);
  doc.transact(() => {
    writePatch(step, checked);
    if (checked.text !== undefined) {
      const text = step.get(STEP_FIELDS.text);
      if (text instanceof Y.Text) {
        if (text.toString() !== checked.text) {
          text.delete(0, text.length);
          text.insert(0, checked.text);
        }
      } else {
        step.set(STEP_FIELDS.text, new Y.Text(checked.text));
      }
    }
  }, origin);
}

/** Marks a step done or open again. */
export function setStepDone(doc: Y.Doc, id: string, done: boolean, origin: Origin = "local"): void {
  updateStep(doc, id, { done }, origin);
}

/** Removes a step for good. */
export function removeStep(doc: Y.Doc, id: string, origin: Origin = "local"): void {
  existing(doc, id);
  doc.transact(() => stepsMap(doc).delete(id), origin);
}
