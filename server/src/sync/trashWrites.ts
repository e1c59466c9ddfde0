import { trashEntryAuthor } from "@roundtable/shared";
import * as Y from "yjs";
import type { CheckedUpdate, DecodedUpdate } from "./updateCheck";
import type { UpdateShape, YType } from "./updateShape";

/** The board document's root of deleted notes. */
const TRASH_ROOT = "trash";

/** A live entry of the trash: the item holding it, under its note id, and the note's author. */
type LiveEntry = { clock: number; key: string; author: string | null };

/**
 * Live entries by the client that wrote them, sorted by clock, and the authors they name;
 * rebuilt after the trash changed.
 */
type LiveEntries = { byClient: Map<number, LiveEntry[]>; authors: Set<string | null> };

const liveByDoc = new WeakMap<Y.Doc, { entries: LiveEntries | null; trash: unknown }>();

function liveEntries(doc: Y.Doc, trash: YType): LiveEntries {
  let cached = liveByDoc.get(doc);
  if (!cached || cached.trash !== trash) {
    const fresh: { entries: LiveEntries | null; trash: unknown } = { entries: null, trash };
    trash.observe(() => {
      fresh.entries = null;
    });
    liveByDoc.set(doc, fresh);
    cached = fresh;
  }
  if (!cached.entries) {
    const entries: LiveEntries = { byClient: new Map(), authors: new Set() };
    for (const [key, item] of trash._map) {
      if (item.deleted) continue;
      const author = authorOf(item.content);
      const list = entries.byClient.get(item.id.client) ?? [];
      list.push({ clock: item.id.clock, key, author });
      entries.byClient.set(item.id.client, list);
      entries.authors.add(author);
    }
    for (const list of entries.byClient.values()) list.sort((a, b) => a.clock - b.clock);
    cached.entries = entries;
  }
  return cached.entries;
}

function authorOf(content: unknown): string | null {
  return content instanceof Y.ContentAny ? trashEntryAuthor(content.arr[0]) : null;
}

/**
 * Whether a participant's decoded update would take out of the trash an entry of a note someone
 * else wrote (restoring or purging it): by deleting the entry's item, or by writing another value
 * under its note id (a map keeps one value per key). Writing the same author's entry again is
 * allowed: two people deleting the same note at once both write one. Where each new item lands
 * was found by the update's one walk (`readShape`).
 *
 * Cost: nothing when the trash holds no one else's note; otherwise one pass over the update's
 * deletions (a binary search each among the trash's live entries) and one look at each new
 * item's place.
 */
export function removesOthersTrash(
  { decoded, shape }: Pick<CheckedUpdate, "decoded" | "shape">,
  doc: Y.Doc,
  participantId: string | null,
): boolean {
  const trash = doc.share.get(TRASH_ROOT);
  if (!trash) return false;
  const entries = liveEntries(doc, trash);
  const others = (author: string | null) => author === null || author !== participantId;
  const { authors } = entries;
  const onlyOwn =
    authors.size === 0 ||
    (authors.size === 1 && participantId !== null && authors.has(participantId));
  if (onlyOwn) return false;
  return (
    deletesOthers(decoded.ds, entries.byClient, others) || replacesOthers(shape, trash, others)
  );
}

function deletesOthers(
  ds: DecodedUpdate["ds"],
  entries: Map<number, LiveEntry[]>,
  others: (author: string | null) => boolean,
): boolean {
  for (const [client, deletions] of ds.clients) {
    const list = entries.get(client);
    if (!list) continue;
    for (const { clock, len } of deletions) {
      for (let i = firstAtOrAfter(list, clock); i < list.length; i++) {
        const entry = list[i] as LiveEntry;
        if (entry.clock >= clock + len) break;
        if (others(entry.author)) return true;
      }
    }
  }
  return false;
}

function firstAtOrAfter(list: readonly LiveEntry[], clock: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] as LiveEntry).clock < clock) low = middle + 1;
    else high = middle;
  }
  return low;
}

function replacesOthers(
  shape: UpdateShape,
  trash: YType,
  others: (author: string | null) => boolean,
): boolean {
  for (const { item, place } of shape.newItems) {
    if (place?.parent !== `#${TRASH_ROOT}` || place.sub === null) continue;
    const current = trash._map.get(place.sub);
    if (!current || current.deleted) continue;
    const author = authorOf(current.content);
    if (others(author) && authorOf(item.content) !== author) return true;
  }
  return false;
}
