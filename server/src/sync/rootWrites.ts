import * as Y from "yjs";
import type { DecodedUpdate } from "./updateCheck";

type Struct = DecodedUpdate["structs"][number];
/** Any shared type of a document, as Yjs types them. */
type YType = NonNullable<ReturnType<Y.Doc["share"]["get"]>>;

/**
 * Whether a decoded update would write or change anything under the root type `root` of `doc`:
 * a new item inside it (at any depth), or the deletion of an item of it that is still there.
 * What the document already has (the echo every client sends on connect, re-sent deletions) is
 * no change. A new item whose place cannot be told (it refers to changes the server does not
 * have) counts as a write, since it would land wherever the missing change puts it.
 *
 * Cost: one pass over the update's items and deletions, each with a binary search in the
 * document's store (as Yjs itself does to apply them); a nested type's root is looked up once.
 */
export function writesUnderRoot(decoded: DecodedUpdate, doc: Y.Doc, root: string): boolean {
  const rootType = doc.share.get(root) ?? null;
  return (
    new NewItems(decoded.structs, doc, rootType, root).anyUnderRoot() ||
    deletesLiveItem(decoded.ds, liveItemsUnder(doc, rootType))
  );
}

/** Where a struct would land: under the root, elsewhere, or somewhere the server cannot tell. */
type Place = "root" | "elsewhere" | "unknown";

class NewItems {
  /** The update's structs by client, in clock order, for finding the ones others refer to. */
  private readonly byClient = new Map<number, Struct[]>();
  private readonly places = new Map<Struct, Place>();

  constructor(
    private readonly structs: readonly Struct[],
    private readonly doc: Y.Doc,
    private readonly rootType: YType | null,
    private readonly rootName: string,
  ) {
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
  }

  anyUnderRoot(): boolean {
    for (const struct of this.structs) {
      if (!(struct instanceof Y.Item) || !this.isNew(struct)) continue;
      if (this.placeOf(struct) !== "elsewhere") return true;
    }
    return false;
  }

  private isNew(struct: Struct): boolean {
    return struct.id.clock + struct.length > Y.getState(this.doc.store, struct.id.client);
  }

  /**
   * Resolves the struct's place and that of every struct of the update it depends on, with an
   * explicit stack: a chain of items each placed after the last is as long as the update.
   */
  private placeOf(start: Y.Item): Place {
    const stack: Struct[] = [start];
    const onStack = new Set<Struct>([start]);
    while (stack.length > 0) {
      const struct = stack[stack.length - 1] as Struct;
      const place = this.tryPlace(struct);
      if (typeof place !== "string") {
        // Depends on a struct of the update not placed yet; one already waiting means a cycle.
        if (onStack.has(place)) {
          this.places.set(struct, "unknown");
          stack.pop();
        } else {
          stack.push(place);
          onStack.add(place);
        }
        continue;
      }
      this.places.set(struct, place);
      stack.pop();
      onStack.delete(struct);
    }
    return this.places.get(start) ?? "unknown";
  }

  /** The struct's place, or the struct of the update it waits for. */
  private tryPlace(struct: Struct): Place | Struct {
    const known = this.places.get(struct);
    if (known) return known;
    // A collected struct carries no content; a skip stands for changes the update left out.
    if (struct instanceof Y.GC) return "elsewhere";
    if (!(struct instanceof Y.Item)) return "unknown";
    const parent: unknown = struct.parent;
    if (typeof parent === "string") return parent === this.rootName ? "root" : "elsewhere";
    if (parent instanceof Y.ID) return this.placeInside(parent);
    // A parent left out of the encoding is the neighbours' parent.
    const neighbours = [struct.origin, struct.rightOrigin].filter((id) => id !== null);
    if (neighbours.length === 0) return "unknown";
    let place: Place = "elsewhere";
    for (const id of neighbours) {
      const next = this.placeBeside(id);
      if (typeof next !== "string") return next;
      place = worse(place, next);
    }
    return place;
  }

  /** The place of whatever is inside the type that the item `id` holds. */
  private placeInside(id: Y.ID): Place | Struct {
    const inDoc = this.docStruct(id);
    if (inDoc instanceof Y.GC) return "elsewhere"; // Yjs drops content of a collected type
    if (inDoc) {
      const type = inDoc.content instanceof Y.ContentType ? inDoc.content.type : null;
      return type ? this.placeOfType(type) : "unknown";
    }
    return this.inUpdate(id);
  }

  /** The place of an item next to the item `id`: the same as that item's. */
  private placeBeside(id: Y.ID): Place | Struct {
    const inDoc = this.docStruct(id);
    if (inDoc instanceof Y.GC) return "elsewhere";
    if (inDoc) {
      return inDoc.parent instanceof Y.AbstractType ? this.placeOfType(inDoc.parent) : "unknown";
    }
    return this.inUpdate(id);
  }

  /** The place of the update's struct holding `id` once known, else that struct to resolve. */
  private inUpdate(id: Y.ID): Place | Struct {
    const struct = this.updateStruct(id);
    if (!struct) return "unknown";
    return this.places.get(struct) ?? struct;
  }

  private placeOfType(type: YType): Place {
    return this.rootType !== null && isInside(type, this.rootType) ? "root" : "elsewhere";
  }

  private docStruct(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined;
    return Y.getItem(this.doc.store, id) as Y.Item | Y.GC;
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

function worse(a: Place, b: Place): Place {
  if (a === "root" || b === "root") return "root";
  return a === "unknown" || b === "unknown" ? "unknown" : "elsewhere";
}

/** Which root each nested type sits in never changes, so it is looked up once per type. */
const insideByType = new WeakMap<YType, YType>();

function isInside(type: YType, rootType: YType): boolean {
  return topOf(type) === rootType;
}

function topOf(type: YType): YType {
  const path: YType[] = [];
  let current = type;
  let top: YType | undefined;
  for (;;) {
    top = insideByType.get(current);
    if (top) break;
    const parent: unknown = current._item?.parent;
    if (!(parent instanceof Y.AbstractType)) {
      top = current;
      break;
    }
    path.push(current);
    current = parent as YType;
  }
  for (const step of path) insideByType.set(step, top);
  return top;
}

/** A client's live items under a root, as sorted, disjoint clock ranges. */
type LiveRanges = Map<number, { start: number; end: number }[]>;

/**
 * The items under a root that are still there, per document, rebuilt only after the root
 * changed. The root is small (a board's meta holds three fields), and only the facilitator and
 * the server change it, so participants' updates find it ready.
 */
const liveByDoc = new WeakMap<Y.Doc, { ranges: LiveRanges | null; rootType: unknown }>();

function liveItemsUnder(doc: Y.Doc, rootType: YType | null): LiveRanges {
  if (!rootType) return new Map();
  let entry = liveByDoc.get(doc);
  if (!entry || entry.rootType !== rootType) {
    const fresh: { ranges: LiveRanges | null; rootType: unknown } = { ranges: null, rootType };
    rootType.observeDeep(() => {
      fresh.ranges = null;
    });
    liveByDoc.set(doc, fresh);
    entry = fresh;
  }
  entry.ranges ??= collectLive(rootType);
  return entry.ranges;
}

function collectLive(rootType: YType): LiveRanges {
  const ranges: LiveRanges = new Map();
  const types = [rootType];
  const visit = (item: Y.Item | null) => {
    if (!item || item.deleted) return;
    const list = ranges.get(item.id.client) ?? [];
    list.push({ start: item.id.clock, end: item.id.clock + item.length });
    ranges.set(item.id.client, list);
    if (item.content instanceof Y.ContentType) types.push(item.content.type);
  };
  for (let type = types.pop(); type; type = types.pop()) {
    for (const item of type._map.values()) visit(item);
    for (let item = type._start; item; item = item.right) visit(item);
  }
  for (const list of ranges.values()) list.sort((a, b) => a.start - b.start);
  return ranges;
}

function deletesLiveItem(ds: DecodedUpdate["ds"], live: LiveRanges): boolean {
  if (live.size === 0) return false;
  for (const [client, deletions] of ds.clients) {
    const ranges = live.get(client);
    if (!ranges) continue;
    for (const { clock, len } of deletions) {
      if (overlaps(ranges, clock, clock + len)) return true;
    }
  }
  return false;
}

/** Whether [start, end) meets one of the sorted, disjoint `ranges`: a binary search. */
function overlaps(ranges: readonly { start: number; end: number }[], start: number, end: number) {
  let low = 0;
  let high = ranges.length;
  // The first range that ends after `start`.
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ranges[middle] as { end: number }).end <= start) low = middle + 1;
    else high = middle;
  }
  const candidate = ranges[low];
  return candidate !== undefined && candidate.start < end;
}
