import {
  addStep,
  DEFAULT_NOTE_COLOR,
  defineTerm,
  INBOX_LANE_ID,
  isBoardOpError,
  isNoteColor,
  isValidRecordId,
  MAX_AUTHOR,
  MAX_MEANING,
  MAX_NOTE_TEXT,
  MAX_STEP_MEASURE,
  MAX_STEP_OWNER,
  MAX_STEP_TEXT,
  MAX_STEPS,
  META_FIELDS,
  metaMap,
  NOTE_FIELDS,
  newId,
  notesMap,
  ordersAtEnd,
  type Step,
} from "@roundtable/shared";
import * as Y from "yjs";
import { BoardFullError } from "../sync/liveDocument";
import { clip } from "./clip";
import type { CarriedNote, EarlierBoard } from "./earlierBoard";

/** A new board continuing `earlier`; `carryNotes` brings its notes over to be sorted again. */
export type Continuation = { earlier: EarlierBoard; carryNotes: boolean };

/** The copy of the earlier board would pass the board cap: no board is created. */
export class ContinuedBoardTooBig extends BoardFullError {
  constructor(boardId: string, limitBytes: number) {
    super(boardId, limitBytes);
    this.message = `the board to continue is too big to copy: the new board would pass ${Math.round(
      limitBytes / (1024 * 1024),
    )} MB; nothing was created`;
  }
}

/** Throws ContinuedBoardTooBig (413 board-full) when a new board's first state passes the cap. */
export function checkFirstStateFits(
  continuation: Continuation,
  initialState: Uint8Array,
  maxBoardBytes: number,
): void {
  if (initialState.byteLength > maxBoardBytes) {
    throw new ContinuedBoardTooBig(continuation.earlier.id, maxBoardBytes);
  }
}

/**
 * Writes what a new board takes from the board it continues into its first state `doc` (lanes
 * are renamed by whoever made `doc`): the open steps under their own ids, carried from the
 * earlier board; with `carryNotes`, every note into the inbox under its own id, with no cluster
 * and no votes; the glossary; and `meta.continues`. Another program may have stored values the
 * checks on writes refuse: they are clipped to the caps, or left out, never a failed board.
 */
export function carryOver(doc: Y.Doc, { earlier, carryNotes }: Continuation): void {
  doc.transact(() => {
    metaMap(doc).set(META_FIELDS.continues, earlier.id);
    const carried = carryNotes ? carryNotesInto(doc, earlier.notes) : new Set<string>();
    for (const step of earlier.steps.slice(0, MAX_STEPS)) carryStep(doc, step, earlier.id, carried);
    for (const { term, meaning, fine } of earlier.glossary) {
      if (meaning.trim() === "" && !fine) continue;
      try {
        defineTerm(doc, term, { meaning: clip(meaning, MAX_MEANING), fine }, "server");
      } catch (error) {
        if (!isBoardOpError(error)) throw error;
      }
    }
  }, "server");
}

function carryStep(doc: Y.Doc, step: Step, from: string, notes: ReadonlySet<string>): void {
  const text = clip(step.text, MAX_STEP_TEXT);
  if (text === "") return;
  try {
    addStep(
      doc,
      {
        id: isValidRecordId(step.id) ? step.id : newId(),
        text,
        owner: clip(step.owner, MAX_STEP_OWNER),
        due: step.due,
        measure: clip(step.measure, MAX_STEP_MEASURE),
        // The note it follows from only when that note came over; clusters never do.
        item: notes.has(step.item) ? step.item : "",
        ...(step.createdAt !== null && step.createdAt >= 0 ? { createdAt: step.createdAt } : {}),
        createdBy: clip(step.createdBy, MAX_STEP_OWNER),
        carriedFrom: from,
      },
      "server",
    );
  } catch (error) {
    if (!isBoardOpError(error)) throw error;
  }
}

/** Adds the notes at the end of the inbox, in the order given; answers the ids they keep. */
function carryNotesInto(doc: Y.Doc, notes: readonly CarriedNote[]): Set<string> {
  const map = notesMap(doc);
  const orders = ordersAtEnd([], notes.length);
  const ids = new Set<string>();
  notes.forEach((note, index) => {
    const id = isValidRecordId(note.id) && !map.has(note.id) ? note.id : newId();
    const record = new Y.Map<unknown>();
    record.set(NOTE_FIELDS.text, new Y.Text(noteText(note.text)));
    record.set(NOTE_FIELDS.lane, INBOX_LANE_ID);
    record.set(NOTE_FIELDS.order, orders[index] as string);
    record.set(
      NOTE_FIELDS.color,
      (isNoteColor(note.color) ? note.color : DEFAULT_NOTE_COLOR).toLowerCase(),
    );
    if (note.author !== null && note.author !== "" && note.author.length <= MAX_AUTHOR) {
      record.set(NOTE_FIELDS.author, note.author);
    }
    if (note.createdAt !== null && note.createdAt >= 0)
      record.set(NOTE_FIELDS.createdAt, note.createdAt);
    map.set(id, record);
    if (id === note.id) ids.add(id);
  });
  return ids;
}

/** The note's text as written, cut only when another program stored more than a note holds. */
function noteText(text: string): string {
  const chars = Array.from(text);
  return chars.length > MAX_NOTE_TEXT ? chars.slice(0, MAX_NOTE_TEXT).join("") : text;
}
