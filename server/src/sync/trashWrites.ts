import { trashEntryAuthor } from "@roundtable/shared";
import * as Y from "yjs";
import type { DecodedUpdate } from "./updateCheck";

type Struct = DecodedUpdate["structs"][number];
/** Any shared type of a document, as Yjs types them. */
type YType = NonNullable<ReturnType<Y.Doc["share"]["get"]>>;

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
 * allowed: two people deleting the same note at once both write one. Anything whose place the
 * server cannot tell is left to the check of `meta`, which refuses it.
 *
 * Cost: nothing when the trash holds no one else's note; otherwise one pass over the update's
 * deletions (a binary search each among the trash's live entries) and its new items, each placed
 * by looking up its neighbour, remembered along chains of the update's own items.
 */
export function removesOthersTrash(
  decoded: DecodedUpdate,
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
    deletesOthers(decoded.ds, entries.byClient, others) ||
    replacesOthers(decoded, doc, trash, others)
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
  decoded: DecodedUpdate,
  doc: Y.Doc,
  trash: YType,
  others: (author: string | null) => boolean,
): boolean {
  const keys = new TrashKeys(decoded.structs, doc, trash);
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue;
    const key = keys.of(struct);
    if (key === null) continue;
    const current = trash._map.get(key);
    if (!current || current.deleted) continue;
    const author = authorOf(current.content);
    if (others(author) && authorOf(struct.content) !== author) return true;
  }
  return false;
}

/** The note id a new item of the update writes under in the trash, or null for anything else. */
class TrashKeys {
  private readonly byClient = new Map<number, Struct[]>();
  private readonly known = new Map<Struct, string | null>();

  constructor(
    structs: readonly Struct[],
    private readonly doc: Y.Doc,
    private readonly trash: YType,
  ) {
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
  }

  of(start: Y.Item): string | null {
    const path: Struct[] = [];
    const onPath = new Set<Struct>();
    let current: Struct = start;
    let key: string | null = null;
    for (;;) {
      const known = this.known.get(current);
      if (known !== undefined) {
        key = known;
        break;
      }
      path.push(current);
      onPath.add(current);
      const next = this.step(current);
      if (typeof next === "string" || next === null) {
        key = next;
        break;
      }
      if (onPath.has(next)) break;
      current = next;
    }
    for (const struct of path) this.known.set(struct, key);
    return key;
  }

  /** The key when the struct's own encoding or a neighbour in the document tells it, else the update's struct to ask. */
  private step(struct: Struct): string | null | Struct {
    if (!(struct instanceof Y.Item)) return null;
    const parent: unknown = struct.parent;
    if (typeof parent === "string") return parent === TRASH_ROOT ? struct.parentSub : null;
    if (parent !== null) return null; // inside a nested type: never a trash entry
    const neighbour = struct.origin ?? struct.rightOrigin;
    if (neighbour === null) return null;
    if (neighbour.clock < Y.getState(this.doc.store, neighbour.client)) {
      const inDoc = Y.getItem(this.doc.store, neighbour) as Y.Item | Y.GC;
      return inDoc instanceof Y.Item && inDoc.parent === this.trash ? inDoc.parentSub : null;
    }
    return this.updateStruct(neighbour) ?? null;
  }

  private updateStruct(id: Y.ID): Struct | undefined {
    const list = this.byClient.get(id.client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = list[middle] as Struct;
      if (id.clock < struct.id.clock) high = middle - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return undefined;
  }
}
