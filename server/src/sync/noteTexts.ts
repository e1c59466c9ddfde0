import { MAX_NOTE_TEXT, MAX_STEP_TEXT, NOTE_FIELDS, textLength } from "@roundtable/shared";
import * as Y from "yjs";
import type { CheckedUpdate, DecodedUpdate } from "./updateCheck";
import type { Place } from "./updateShape";

/** The board document's root of notes: each note's text is the only list inside it. */
const NOTES_ROOT = "notes";

/** Next steps hold their text the same way (a Y.Text under `text`), with a shorter cap. */
const STEPS_ROOT = "steps";

/** The cap of each root's texts, given the notes' cap. */
function capOf(root: string, max: number): number | null {
  if (root === NOTES_ROOT) return max;
  return root === STEPS_ROOT ? Math.min(max, MAX_STEP_TEXT) : null;
}

/**
 * Why the update would make some note's text longer than `max` characters (code points, as
 * `textLength` counts them), or null. Notes already longer (written before the cap) may still
 * be shortened. Only the notes the update writes into are measured.
 *
 * Cost: one look at each new item's place; then, only for a note the update would take past
 * the cap by a quick bound (its length now plus what the update inserts), one pass over that
 * note's text to count exactly what the update deletes.
 */
export function noteTextTooLong(
  { decoded, shape }: Pick<CheckedUpdate, "decoded" | "shape">,
  doc: Y.Doc,
  max = MAX_NOTE_TEXT,
): string | null {
  const inserted = new Map<string, { added: number; cap: number; root: string }>();
  for (const { item, place } of shape.newItems) {
    const cap = place ? capOf(place.root, max) : null;
    if (!place || cap === null) continue;
    if (place.sub === NOTE_FIELDS.text) {
      const value = plainText(item.content);
      if (value !== null && textLength(value) > cap) return tooLong(place.root, cap);
      continue;
    }
    if (place.sub !== null) continue;
    const added = liveLength(item, decoded.ds);
    if (added <= 0) continue;
    const entry = inserted.get(place.parent) ?? { added: 0, cap, root: place.root };
    entry.added += added;
    inserted.set(place.parent, entry);
  }
  for (const [holder, { added, cap, root }] of inserted) {
    const text = docText(doc, holder);
    // A text's length in UTF-16 units is never below its length in code points.
    if ((text?.length ?? 0) + added <= cap) continue;
    const before = text ? textLength(text.toString()) : 0;
    const after = before - (text ? deletedLength(text, decoded.ds) : 0) + added;
    if (after > cap && after > before) return tooLong(root, cap);
  }
  return null;
}

function tooLong(root: string, max: number): string {
  const what = root === STEPS_ROOT ? "a next step's text" : "a note's text";
  return `${what} may hold at most ${max.toLocaleString("en")} characters`;
}

/** A plain string stored as a note's text (other writers may store one instead of a Y.Text). */
function plainText(content: Y.Item["content"]): string | null {
  if (!(content instanceof Y.ContentAny)) return null;
  const value: unknown = content.arr[content.arr.length - 1];
  return typeof value === "string" ? value : null;
}

/** The Y.Text the document holds under `holder` (a `client:clock` key), if any. */
function docText(doc: Y.Doc, holder: Place["parent"]): Y.Text | null {
  const [client, clock] = holder.split(":").map(Number);
  if (client === undefined || clock === undefined || Number.isNaN(clock)) return null;
  if (clock >= Y.getState(doc.store, client)) return null;
  const item = Y.getItem(doc.store, Y.createID(client, clock));
  if (!(item instanceof Y.Item) || !(item.content instanceof Y.ContentType)) return null;
  const type: unknown = item.content.type;
  return type instanceof Y.Text ? type : null;
}

/** Characters a new item brings that the same update does not delete again. */
function liveLength(item: Y.Item, ds: DecodedUpdate["ds"]): number {
  const content = item.content;
  if (content instanceof Y.ContentEmbed) return deletedWithin(item, ds) > 0 ? 0 : 1;
  if (!(content instanceof Y.ContentString)) return 0;
  return textLength(content.str) - deletedWithin(item, ds);
}

/** Characters of the text's live items that the update deletes. */
function deletedLength(text: Y.Text, ds: DecodedUpdate["ds"]): number {
  let deleted = 0;
  for (let item = text._start; item; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
    deleted += deletedWithin(item, ds);
  }
  return deleted;
}

/** Characters of a string item whose clocks the delete set covers. */
function deletedWithin(item: Y.Item, ds: DecodedUpdate["ds"]): number {
  const ranges = ds.clients.get(item.id.client);
  if (!ranges || ranges.length === 0) return 0;
  const start = item.id.clock;
  const end = start + item.length;
  const str = item.content instanceof Y.ContentString ? item.content.str : null;
  let deleted = 0;
  for (let i = firstEndingAfter(ranges, start); i < ranges.length; i++) {
    const range = ranges[i] as { clock: number; len: number };
    if (range.clock >= end) break;
    const from = Math.max(start, range.clock) - start;
    const to = Math.min(end, range.clock + range.len) - start;
    deleted += str ? textLength(str.slice(from, to)) : to - from;
  }
  return deleted;
}

/** The first of the sorted ranges that ends after `clock`: a binary search. */
function firstEndingAfter(ranges: readonly { clock: number; len: number }[], clock: number) {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle] as { clock: number; len: number };
    if (range.clock + range.len <= clock) low = middle + 1;
    else high = middle;
  }
  return low;
}
