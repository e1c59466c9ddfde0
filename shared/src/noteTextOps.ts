import * as Y from "yjs";
import { NOTE_FIELDS, notesMap, type Origin, type RecordMap } from "./doc";
import { BoardOpError } from "./errors";
import { requireIndex, requireNoteRecord, requireString } from "./guards";
import { MAX_NOTE_TEXT, readNoteText } from "./note";
import { splitsSurrogatePair, textLength, textSplice } from "./text";

// Edits of a note's text. Positions are UTF-16 indexes, the unit editors and Y.Text use; limits
// are in code points (see textLength).

/**
 * Rejects text over MAX_NOTE_TEXT, except that a note already over the limit (written by another
 * program) may still be shortened step by step.
 */
export function checkNoteText(before: string, after: string): void {
  const length = textLength(after);
  if (length > MAX_NOTE_TEXT && length >= textLength(before)) {
    throw new BoardOpError("note-too-long", `note text is longer than ${MAX_NOTE_TEXT} characters`);
  }
}

/** Writes the new text as one splice, or as fresh Y.Text when the stored text was a plain string. */
function writeText(note: RecordMap, before: string, after: string): void {
  const stored = note.get(NOTE_FIELDS.text);
  if (!(stored instanceof Y.Text)) {
    note.set(NOTE_FIELDS.text, new Y.Text(after));
    return;
  }
  const splice = textSplice(before, after);
  if (!splice) return;
  if (splice.deleteCount > 0) stored.delete(splice.index, splice.deleteCount);
  if (splice.insert !== "") stored.insert(splice.index, splice.insert);
}

/**
 * Replaces a note's text, writing only the changed middle so that another person's concurrent
 * edit elsewhere in the note survives the merge.
 */
export function editNoteText(doc: Y.Doc, id: string, text: string, origin: Origin = "local"): void {
  const note = requireNoteRecord(notesMap(doc), id);
  const after = requireString(text, "text");
  const before = readNoteText(note.get(NOTE_FIELDS.text));
  checkNoteText(before, after);
  doc.transact(() => writeText(note, before, after), origin);
}

function requireTextIndex(text: string, index: unknown, what: string): number {
  const at = requireIndex(index, what);
  if (at > text.length) {
    throw new BoardOpError("invalid-input", `${what} is past the end of the text`);
  }
  if (splitsSurrogatePair(text, at)) {
    throw new BoardOpError("invalid-input", `${what} falls inside a character`);
  }
  return at;
}

/** Inserts typed text at a UTF-16 index, the unit editors and Y.Text use. */
export function insertNoteText(
  doc: Y.Doc,
  id: string,
  index: number,
  str: string,
  origin: Origin = "local",
): void {
  const note = requireNoteRecord(notesMap(doc), id);
  const before = readNoteText(note.get(NOTE_FIELDS.text));
  const at = requireTextIndex(before, index, "index");
  const insert = requireString(str, "text");
  const after = before.slice(0, at) + insert + before.slice(at);
  checkNoteText(before, after);
  doc.transact(() => {
    const stored = note.get(NOTE_FIELDS.text);
    if (stored instanceof Y.Text) {
      if (insert !== "") stored.insert(at, insert);
    } else note.set(NOTE_FIELDS.text, new Y.Text(after));
  }, origin);
}

/** Deletes `length` UTF-16 units at `index`. */
export function deleteNoteText(
  doc: Y.Doc,
  id: string,
  index: number,
  length: number,
  origin: Origin = "local",
): void {
  const note = requireNoteRecord(notesMap(doc), id);
  const before = readNoteText(note.get(NOTE_FIELDS.text));
  const at = requireTextIndex(before, index, "index");
  const end = requireTextIndex(before, at + requireIndex(length, "length"), "end");
  const after = before.slice(0, at) + before.slice(end);
  doc.transact(() => {
    const stored = note.get(NOTE_FIELDS.text);
    if (stored instanceof Y.Text) {
      if (end > at) stored.delete(at, end - at);
    } else note.set(NOTE_FIELDS.text, new Y.Text(after));
  }, origin);
}
