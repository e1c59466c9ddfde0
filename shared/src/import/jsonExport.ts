import { isNoteColor, MAX_NOTE_TEXT } from "../note";
import { SNAPSHOT_SCHEMA_VERSION } from "../snapshot";
import { MAX_SUBTITLE, MAX_TITLE, textLength } from "../text";
import {
  at,
  count,
  type Fields,
  fields,
  lineOfParseError,
  list,
  optionalText,
  ShapeError,
  text,
  time,
} from "./jsonShape";
import {
  countNotes,
  type ImportedCluster,
  type ImportedLane,
  type ImportedNote,
  type ImportPlan,
  importFailure,
  MAX_IMPORT_NOTES,
  type ParseResult,
} from "./plan";
import { ItemsById, jsonGlossary, jsonSteps } from "./stepsJson";

// Reads the JSON export back into an import plan. The file may have been edited by hand or be
// something else entirely, so every field is checked and a problem is named by its path.

function limited(record: Fields, key: string, path: string, max: number, what: string): string {
  const value = text(record, key, path);
  if (textLength(value) > max) {
    throw new ShapeError(`${at(path, key)} is longer than ${max} characters (${what})`);
  }
  return value;
}

function note(value: unknown, path: string, items: ItemsById): ImportedNote {
  const record = fields(value, path);
  const id = text(record, "id", path);
  const color = text(record, "color", path);
  if (!isNoteColor(color))
    throw new ShapeError(`${at(path, "color")} must be a colour like #fde68a`);
  const imported: ImportedNote = {
    text: limited(record, "text", path, MAX_NOTE_TEXT, "a note's limit"),
    color: color.toLowerCase(),
    author: optionalText(record, "author", path),
    authorName: optionalText(record, "authorName", path),
    createdAt: time(record, "createdAt", path),
    priorVotes: count(record, "votes", path),
  };
  items.add(id, imported);
  return imported;
}

function notes(record: Fields, path: string, items: ItemsById): ImportedNote[] {
  return list(record, "notes", path).map((value, i) =>
    note(value, at(at(path, "notes"), i), items),
  );
}

function cluster(value: unknown, path: string, items: ItemsById): ImportedCluster {
  const record = fields(value, path);
  const id = text(record, "id", path);
  const imported: ImportedCluster = {
    title: limited(record, "title", path, MAX_TITLE, "a title's limit"),
    priorVotes: count(record, "votes", path),
    notes: [],
  };
  items.add(id, imported);
  imported.notes = notes(record, path, items);
  return imported;
}

function lane(value: unknown, path: string, items: ItemsById): ImportedLane {
  const record = fields(value, path);
  const clusters = list(record, "clusters", path);
  return {
    lane: text(record, "id", path),
    title: limited(record, "title", path, MAX_TITLE, "a title's limit"),
    subtitle: limited(record, "subtitle", path, MAX_SUBTITLE, "a subtitle's limit"),
    notes: notes(record, path, items),
    clusters: clusters.map((c, i) => cluster(c, at(at(path, "clusters"), i), items)),
  };
}

function plan(data: unknown): ImportPlan {
  const root = fields(data, "");
  const version = root.schemaVersion;
  if (version === undefined)
    throw new ShapeError("schemaVersion is missing: this is not a board export");
  if (version !== SNAPSHOT_SCHEMA_VERSION) {
    throw new ShapeError(
      `schemaVersion ${JSON.stringify(version)} is not one this version reads (${SNAPSHOT_SCHEMA_VERSION})`,
    );
  }
  const board = fields(root.board, "board");
  const title = text(board, "title", "board").trim();
  const items = new ItemsById();
  const lanes = list(root, "lanes", "").map((value, i) => lane(value, at("lanes", i), items));
  const total = countNotes(lanes);
  if (total > MAX_IMPORT_NOTES)
    throw new ShapeError(`an import may add at most ${MAX_IMPORT_NOTES} notes, this has ${total}`);
  const steps = jsonSteps(root, items);
  const glossary = jsonGlossary(root);
  return {
    title: title === "" || textLength(title) > MAX_TITLE ? null : title,
    lanes,
    skipped: [],
    ...(steps.length > 0 && { steps }),
    ...(glossary.length > 0 && { glossary }),
  };
}

/** Reads a JSON export; a failure says what is wrong and where, never half a plan. */
export function parseJsonExport(source: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ""));
  } catch (error) {
    // Engines quote the start of the text in the message: keep it to one short line.
    const message = error instanceof Error ? error.message : String(error);
    const reason = message.replace(/\s+/g, " ").slice(0, 160);
    return importFailure(lineOfParseError(source, error), `this is not valid JSON (${reason})`);
  }
  try {
    return { ok: true, plan: plan(data) };
  } catch (error) {
    if (error instanceof ShapeError) return importFailure(null, error.message);
    throw error;
  }
}
