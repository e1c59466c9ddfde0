import { MAX_MEANING, MAX_TERM } from "../glossary/glossary";
import {
  isStepDate,
  MAX_STEP_MEASURE,
  MAX_STEP_OWNER,
  MAX_STEP_TEXT,
  MAX_STEPS,
} from "../steps/step";
import { textLength } from "../text";
import { at, type Fields, fields, optionalText, ShapeError, text, time } from "./jsonShape";
import type { ImportedStep, ImportedTerm } from "./plan";

// Reads the JSON export's `steps` and `glossary` back (both absent from exports made before
// boards had them: then none). A step's `item` is the id of a note or cluster in the same file;
// the reader marks that note or cluster with the id as its `ref`, which `applyImport` follows to
// the copy it makes. An id the file does not hold (a note deleted since) leaves the step of the
// whole board.

/** Notes and clusters of the file by id, the first of an id winning. */
export class ItemsById {
  private readonly items = new Map<string, { ref?: string }>();

  add(id: string, item: { ref?: string }): void {
    if (!this.items.has(id)) this.items.set(id, item);
  }

  /** Marks the item of `id` as a step's, or answers false when the file has none. */
  attach(id: string): boolean {
    const item = this.items.get(id);
    if (item === undefined) return false;
    item.ref = id;
    return true;
  }
}

function limitedText(record: Fields, key: string, path: string, max: number): string {
  const value = record[key];
  if (value === undefined || value === null) return "";
  const clean = text(record, key, path).trim();
  if (textLength(clean) > max) {
    throw new ShapeError(`${at(path, key)} is longer than ${max} characters`);
  }
  return clean;
}

function optionalList(root: Fields, key: string): readonly unknown[] {
  const value = root[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ShapeError(`${key} must be a list`);
  return value;
}

function step(value: unknown, path: string, items: ItemsById): ImportedStep {
  const record = fields(value, path);
  const id = optionalText(record, "id", path);
  const stepText = limitedText(record, "text", path, MAX_STEP_TEXT);
  if (stepText === "") throw new ShapeError(`${at(path, "text")} must not be empty`);
  const due = limitedText(record, "due", path, Number.POSITIVE_INFINITY);
  if (due !== "" && !isStepDate(due)) {
    throw new ShapeError(`${at(path, "due")} must be "" or a date written YYYY-MM-DD`);
  }
  const done = record.done ?? false;
  if (typeof done !== "boolean") throw new ShapeError(`${at(path, "done")} must be true or false`);
  const item = optionalText(record, "item", path);
  const carriedFrom = optionalText(record, "carriedFrom", path);
  return {
    ...(id !== null && { id }),
    text: stepText,
    owner: limitedText(record, "owner", path, MAX_STEP_OWNER),
    due,
    measure: limitedText(record, "measure", path, MAX_STEP_MEASURE),
    done,
    item: item !== null && item !== "" && items.attach(item) ? item : null,
    createdAt: time(record, "createdAt", path),
    createdBy: limitedText(record, "createdBy", path, MAX_STEP_OWNER),
    carriedFrom: carriedFrom === "" ? null : carriedFrom,
  };
}

/** The file's next steps, their items marked in `items`. */
export function jsonSteps(root: Fields, items: ItemsById): ImportedStep[] {
  const values = optionalList(root, "steps");
  if (values.length > MAX_STEPS) {
    throw new ShapeError(
      `a board holds at most ${MAX_STEPS} next steps, this has ${values.length}`,
    );
  }
  return values.map((value, i) => step(value, at("steps", i), items));
}

/** The file's glossary terms. */
export function jsonGlossary(root: Fields): ImportedTerm[] {
  return optionalList(root, "glossary").map((value, i) => {
    const path = at("glossary", i);
    const record = fields(value, path);
    const term = limitedText(record, "term", path, MAX_TERM);
    if (term === "" || /\s/.test(term)) {
      throw new ShapeError(`${at(path, "term")} must be one word`);
    }
    const meaning = limitedText(record, "meaning", path, MAX_MEANING);
    if (meaning === "") throw new ShapeError(`${at(path, "meaning")} must not be empty`);
    return { term, meaning };
  });
}
