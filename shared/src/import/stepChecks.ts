import type * as Y from "yjs";
import { glossaryMap, stepsMap } from "../doc";
import { BoardOpError } from "../errors";
import { MAX_MEANING, MAX_TERM, MAX_TERMS, readGlossary } from "../glossary/glossary";
import { isValidRecordId, newId } from "../ids";
import {
  isStepDate,
  MAX_STEP_MEASURE,
  MAX_STEP_OWNER,
  MAX_STEP_TEXT,
  MAX_STEPS,
} from "../steps/step";
import { textLength } from "../text";
import type { ImportedStep, ImportedTerm, ImportPlan } from "./plan";

// Checks an import plan's next steps and glossary against the board before anything is written,
// by the rules `addStep` and `defineTerm` apply, so that writing them inside the import's
// transaction cannot fail half way. Every problem is a BoardOpError naming the step or term.

export type CheckedStep = {
  id: string;
  text: string;
  owner: string;
  due: string;
  measure: string;
  done: boolean;
  /** A `ref` of the plan's notes and clusters, or null. */
  item: string | null;
  createdAt: number;
  createdBy: string;
  carriedFrom: string | null;
};

export type CheckedTerm = { term: string; meaning: string; fine: boolean };

function invalid(message: string): BoardOpError {
  return new BoardOpError("invalid-input", message);
}

function listOf<T>(value: readonly T[] | undefined, what: string): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(`${what} must be a list`);
  return value;
}

function capped(value: unknown, where: string, what: string, max: number): string {
  if (value === undefined) return "";
  if (typeof value !== "string") throw invalid(`${where}: ${what} must be a string`);
  const clean = value.trim();
  if (textLength(clean) > max) throw invalid(`${where}: ${what} is longer than ${max} characters`);
  return clean;
}

function checkStep(
  step: ImportedStep,
  where: string,
  refs: ReadonlySet<string>,
  fallbackTime: number,
): Omit<CheckedStep, "id"> {
  if (typeof step !== "object" || step === null) throw invalid(`${where} must be an object`);
  const text = capped(step.text, where, "text", MAX_STEP_TEXT);
  if (text === "") throw invalid(`${where} needs its text`);
  const due = capped(step.due, where, "due", Number.POSITIVE_INFINITY);
  if (due !== "" && !isStepDate(due)) throw invalid(`${where}: due must be a date YYYY-MM-DD`);
  if (step.done !== undefined && typeof step.done !== "boolean") {
    throw invalid(`${where}: done is true or false`);
  }
  const item = step.item ?? null;
  if (item !== null && (typeof item !== "string" || !refs.has(item))) {
    throw invalid(`${where}: item ${String(item)} is not a note or cluster of the import`);
  }
  const createdAt = step.createdAt ?? fallbackTime;
  if (typeof createdAt !== "number" || !Number.isFinite(createdAt) || createdAt < 0) {
    throw invalid(`${where}: createdAt must be a time in milliseconds`);
  }
  const carriedFrom = step.carriedFrom ?? null;
  if (carriedFrom !== null && (typeof carriedFrom !== "string" || carriedFrom.length > 200)) {
    throw invalid(`${where}: carriedFrom must be a board id`);
  }
  return {
    text,
    owner: capped(step.owner, where, "owner", MAX_STEP_OWNER),
    due,
    measure: capped(step.measure, where, "measure", MAX_STEP_MEASURE),
    done: step.done ?? false,
    item,
    createdAt,
    createdBy: capped(step.createdBy, where, "createdBy", MAX_STEP_OWNER),
    carriedFrom: carriedFrom === "" ? null : carriedFrom,
  };
}

/**
 * The plan's steps as they will be written. `refs` are the refs of the plan's notes and
 * clusters; a step without a time gets `now` plus its place in the plan (in ms), so the board
 * lists the steps in plan order. A step keeps its id when it is free on the board and in the
 * plan, and gets a new one otherwise (importing one export twice gives two copies).
 */
export function checkSteps(
  doc: Y.Doc,
  plan: ImportPlan,
  refs: ReadonlySet<string>,
  now: number,
): CheckedStep[] {
  const steps = listOf(plan.steps, "steps");
  const existing = stepsMap(doc);
  if (existing.size + steps.length > MAX_STEPS) {
    throw invalid(
      `a board holds at most ${MAX_STEPS} next steps: it has ${existing.size}, the import ${steps.length}`,
    );
  }
  const used = new Set<string>();
  return steps.map((step, i) => {
    const where = `step ${i + 1}`;
    const checked = checkStep(step, where, refs, now + i);
    if (step.id !== undefined && typeof step.id !== "string") {
      throw invalid(`${where}: id must be a string`);
    }
    const wanted = step.id;
    const id =
      wanted !== undefined && isValidRecordId(wanted) && !existing.has(wanted) && !used.has(wanted)
        ? wanted
        : newId();
    used.add(id);
    return { id, ...checked };
  });
}

function checkTerm(entry: ImportedTerm, where: string): ImportedTerm {
  if (typeof entry !== "object" || entry === null) throw invalid(`${where} must be an object`);
  if (typeof entry.term !== "string") throw invalid(`${where}: term must be a string`);
  const term = entry.term.trim();
  if (term === "" || textLength(term) > MAX_TERM || /\s/.test(term)) {
    throw invalid(`${where}: a term is one word of at most ${MAX_TERM} characters`);
  }
  const meaning = capped(entry.meaning, `${where} (${term})`, "meaning", MAX_MEANING);
  if (meaning === "") throw invalid(`${where} (${term}) needs its meaning`);
  return { term, meaning };
}

/**
 * The terms the import defines: those the board has no meaning for yet (a meaning the board
 * has is the group's own and stays), the first of a term the plan gives twice. A term the board
 * marked fine keeps that mark.
 */
export function checkGlossary(doc: Y.Doc, plan: ImportPlan): CheckedTerm[] {
  const entries = listOf(plan.glossary, "glossary");
  const board = readGlossary(doc);
  const stored = glossaryMap(doc);
  const out: CheckedTerm[] = [];
  const seen = new Set<string>();
  let added = 0;
  entries.forEach((entry, i) => {
    const { term, meaning } = checkTerm(entry, `glossary term ${i + 1}`);
    if (seen.has(term)) return;
    seen.add(term);
    const known = board.get(term);
    if (known !== undefined && known.meaning.trim() !== "") return;
    if (!stored.has(term)) added++;
    out.push({ term, meaning, fine: known?.fine ?? false });
  });
  if (stored.size + added > MAX_TERMS) {
    throw invalid(`a board's glossary holds at most ${MAX_TERMS} terms`);
  }
  return out;
}
