import * as Y from "yjs";

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
type Struct = DecodedUpdate["structs"][number];
/** Any shared type of a document, as Yjs types them. */
export type YType = NonNullable<ReturnType<Y.Doc["share"]["get"]>>;

/**
 * Where a new item lands: the root type it is under (at any depth), the type holding it (a
 * root's name, or the id of the item holding a nested type) and its map key, if any.
 */
export type Place = { root: string; parent: string; sub: string | null };

/** A new item that Yjs will collect as it arrives (its parent or neighbour is already gone). */
const collected = "collected" as const;
type Resolved = Place | typeof collected;

export type ShapeLimits = {
  maxStructsPerUpdate: number;
  maxClientsPerUpdate: number;
  maxWritesPerKey: number;
  maxInsertsAtOnePlace: number;
};

/** What one walk over a decoded update learned, for every later check to read. */
export type UpdateShape = {
  /** Each new item (Yjs does not have it yet) and where it lands; null when it is collected. */
  readonly newItems: readonly { item: Y.Item; place: Place | null }[];
  /** Whether the update holds anything (item or collected range) the document lacks. */
  readonly addsStructs: boolean;
};

export type ShapeVerdict = { ok: true; shape: UpdateShape } | { ok: false; reason: string };

/**
 * Reads a decoded update once, before anything is applied, and refuses it when
 * - one of its new items depends on state that neither `doc` nor the update holds (a parent,
 *   a neighbour, or the client's own earlier changes), or depends on itself in a cycle: Yjs
 *   would keep it pending or throw halfway, and whoever received it would be stuck the same way;
 * - an item's two neighbours lie in different places (no client writes one; Yjs would link it
 *   into another list);
 * - its shape is expensive to integrate (Yjs resolves concurrent writes to one place by
 *   scanning all of them, so N of them cost N²): too many structs, client ids, writes to one
 *   map key, or items inserted by several clients at one place of a list.
 * Roots: a new item may only name a root in `roots`.
 *
 * Cost: one pass over the structs, each with a binary search in the document's store or the
 * update's own structs (as Yjs itself does to apply them); a nested type's root is looked up
 * once. Dependencies are resolved with an explicit stack, so a chain as long as the update
 * needs no recursion.
 */
export function readShape(
  decoded: DecodedUpdate,
  doc: Y.Doc,
  roots: ReadonlySet<string>,
  limits: ShapeLimits,
): ShapeVerdict {
  try {
    return { ok: true, shape: new ShapeReader(decoded, doc, roots, limits).read() };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.message };
    throw error;
  }
}

class Refused extends Error {}

class ShapeReader {
  /** The update's structs by client, in clock order. */
  private readonly byClient = new Map<number, Struct[]>();
  private readonly resolved = new Map<Struct, Resolved>();

  constructor(
    private readonly decoded: DecodedUpdate,
    private readonly doc: Y.Doc,
    private readonly roots: ReadonlySet<string>,
    private readonly limits: ShapeLimits,
  ) {}

  read(): UpdateShape {
    const { structs } = this.decoded;
    if (structs.length > this.limits.maxStructsPerUpdate) {
      throw new Refused(
        `update holds ${structs.length} items, more than ${this.limits.maxStructsPerUpdate}`,
      );
    }
    this.groupByClient(structs);
    const fresh = this.newStructs();
    for (const struct of fresh) this.resolve(struct);
    const newItems: { item: Y.Item; place: Place | null }[] = [];
    for (const struct of fresh) {
      if (!(struct instanceof Y.Item)) continue;
      const place = this.resolved.get(struct);
      newItems.push({ item: struct, place: place === collected || !place ? null : place });
    }
    this.countPlaces(newItems);
    return { newItems, addsStructs: fresh.length > 0 };
  }

  private groupByClient(structs: readonly Struct[]): void {
    let previous: number | null = null;
    for (const struct of structs) {
      const client = struct.id.client;
      const list = this.byClient.get(client);
      if (list && client !== previous) throw new Refused("update names a client twice");
      if (list) list.push(struct);
      else this.byClient.set(client, [struct]);
      previous = client;
    }
    if (this.byClient.size > this.limits.maxClientsPerUpdate) {
      throw new Refused(
        `update holds changes of ${this.byClient.size} clients, more than ${this.limits.maxClientsPerUpdate}`,
      );
    }
  }

  /**
   * The structs the document lacks, after checking that each client's new structs follow on
   * from what the document has, with no gap (a skipped range stands for changes left out).
   */
  private newStructs(): Struct[] {
    const fresh: Struct[] = [];
    for (const [client, list] of this.byClient) {
      let reach = Y.getState(this.doc.store, client);
      for (const struct of list) {
        const end = struct.id.clock + struct.length;
        if (end <= reach) continue;
        if (struct instanceof Y.Skip) continue;
        if (struct.id.clock > reach) {
          throw new Refused(`update lacks changes of client ${client} before clock ${reach}`);
        }
        reach = end;
        fresh.push(struct);
      }
    }
    return fresh;
  }

  /** Resolves the struct's place and, first, that of every new struct it depends on. */
  private resolve(start: Struct): void {
    if (this.resolved.has(start)) return;
    // Most structs depend on nothing new of the update but the ones before them, already placed.
    if (!this.unresolvedDependency(start)) {
      this.resolved.set(start, this.placeOf(start));
      return;
    }
    const stack: Struct[] = [start];
    const onStack = new Set<Struct>([start]);
    while (stack.length > 0) {
      const struct = stack[stack.length - 1] as Struct;
      const waiting = this.unresolvedDependency(struct);
      if (waiting) {
        if (onStack.has(waiting)) throw new Refused("update holds items that depend on each other");
        stack.push(waiting);
        onStack.add(waiting);
        continue;
      }
      this.resolved.set(struct, this.placeOf(struct));
      stack.pop();
      onStack.delete(struct);
    }
  }

  /** A new struct of the update this one needs placed first, if any; throws on a missing one. */
  private unresolvedDependency(struct: Struct): Struct | null {
    const previous = this.previousNew(struct);
    if (previous && !this.resolved.has(previous)) return previous;
    if (!(struct instanceof Y.Item)) return null;
    const parent: unknown = struct.parent;
    return (
      this.waitingOn(struct, struct.origin) ??
      this.waitingOn(struct, struct.rightOrigin) ??
      this.waitingOn(struct, parent instanceof Y.ID ? parent : null)
    );
  }

  /** The update's struct holding `id` while it is not placed yet; throws on a missing one. */
  private waitingOn(struct: Struct, id: Y.ID | null): Struct | null {
    if (id === null) return null;
    const inUpdate = this.dependency(struct, id);
    return inUpdate && !this.resolved.has(inUpdate) ? inUpdate : null;
  }

  /** The struct of the same client just before this one, when the document lacks it too. */
  private previousNew(struct: Struct): Struct | null {
    const clock = struct.id.clock;
    if (clock === 0 || clock <= Y.getState(this.doc.store, struct.id.client)) return null;
    return this.updateStructAt(struct.id.client, clock - 1) ?? null;
  }

  /** Null when the document holds `id`; else the update's struct holding it. */
  private dependency(struct: Struct, id: Y.ID): Struct | null {
    if (id.clock < Y.getState(this.doc.store, id.client)) return null;
    const inUpdate = this.updateStruct(id);
    if (!inUpdate || inUpdate instanceof Y.Skip) {
      throw new Refused(
        `update depends on a change it lacks (client ${struct.id.client} needs ${id.client}:${id.clock})`,
      );
    }
    return inUpdate;
  }

  private placeOf(struct: Struct): Resolved {
    if (!(struct instanceof Y.Item)) return collected;
    if (struct.origin !== null || struct.rightOrigin !== null) {
      const left = struct.origin ? this.besideOf(struct.origin) : null;
      const right = struct.rightOrigin ? this.besideOf(struct.rightOrigin) : null;
      if (left === collected || right === collected) return collected;
      if (left && right && (left.parent !== right.parent || left.sub !== right.sub)) {
        throw new Refused("update places an item between neighbours in different places");
      }
      return (left ?? right) as Place;
    }
    const parent: unknown = struct.parent;
    if (typeof parent === "string") {
      if (!this.roots.has(parent)) {
        throw new Refused(`update writes unknown root "${parent.slice(0, 40)}"`);
      }
      return { root: parent, parent: `#${parent}`, sub: struct.parentSub };
    }
    if (!(parent instanceof Y.ID)) throw new Refused("update holds an item without a place");
    const holder = this.insideOf(parent);
    return holder === collected ? collected : { ...holder, sub: struct.parentSub };
  }

  /** The place of an item next to the item `id`: the same as that item's. */
  private besideOf(id: Y.ID): Resolved {
    const inDoc = this.docStruct(id);
    if (inDoc instanceof Y.GC) return collected;
    if (inDoc) {
      const parent: unknown = inDoc.parent;
      if (!(parent instanceof Y.AbstractType)) return collected;
      return { ...this.typePlace(parent as YType), sub: inDoc.parentSub };
    }
    return this.resolved.get(this.updateStruct(id) as Struct) ?? collected;
  }

  /** The place of whatever is inside the type that the item `id` holds (sub left to the caller). */
  private insideOf(id: Y.ID): Resolved {
    const inDoc = this.docStruct(id);
    if (inDoc instanceof Y.GC) return collected;
    if (inDoc) {
      return inDoc.content instanceof Y.ContentType
        ? this.typePlace(inDoc.content.type as YType)
        : collected;
    }
    const holder = this.updateStruct(id) as Struct;
    const place = this.resolved.get(holder);
    if (!(holder instanceof Y.Item) || !(holder.content instanceof Y.ContentType)) return collected;
    if (!place || place === collected) return collected;
    return { root: place.root, parent: idKey(holder.id), sub: null };
  }

  /** A type of the document as a place: its root's name and its own key. */
  private typePlace(type: YType): Place {
    const item = type._item;
    const root = topOf(type);
    const names = rootNamesOf(this.doc);
    return {
      root: names.get(root) ?? "",
      parent: item ? idKey(item.id) : `#${names.get(type) ?? ""}`,
      sub: null,
    };
  }

  private countPlaces(newItems: readonly { item: Y.Item; place: Place | null }[]): void {
    const writesPerKey = new Map<string, number>();
    const inserts = new Map<string, { count: number; client: number; shared: boolean }>();
    for (const { item, place } of newItems) {
      if (!place) continue;
      if (place.sub !== null) {
        const key = `${place.parent}\u0000${place.sub}`;
        const count = (writesPerKey.get(key) ?? 0) + 1;
        writesPerKey.set(key, count);
        if (count > this.limits.maxWritesPerKey) {
          throw new Refused(
            `update writes one key ${count} times, more than ${this.limits.maxWritesPerKey}`,
          );
        }
        continue;
      }
      const at = `${place.parent}\u0000${item.origin ? idKey(item.origin) : "start"}`;
      const spot = inserts.get(at) ?? { count: 0, client: item.id.client, shared: false };
      spot.count += 1;
      spot.shared ||= spot.client !== item.id.client;
      inserts.set(at, spot);
      // One client's inserts at one place follow each other; several clients' conflict.
      if (spot.shared && spot.count > this.limits.maxInsertsAtOnePlace) {
        throw new Refused(
          `update inserts ${spot.count} items of several clients at one place, more than ${this.limits.maxInsertsAtOnePlace}`,
        );
      }
    }
  }

  private docStruct(id: Y.ID): Y.Item | Y.GC | undefined {
    if (id.clock >= Y.getState(this.doc.store, id.client)) return undefined;
    return Y.getItem(this.doc.store, id) as Y.Item | Y.GC;
  }

  private updateStruct(id: Y.ID): Struct | undefined {
    return this.updateStructAt(id.client, id.clock);
  }

  private updateStructAt(client: number, clock: number): Struct | undefined {
    const list = this.byClient.get(client);
    if (!list) return undefined;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = list[middle] as Struct;
      if (clock < struct.id.clock) high = middle - 1;
      else if (clock >= struct.id.clock + struct.length) low = middle + 1;
      else return struct;
    }
    return undefined;
  }
}

/** Each document's root types by name, read again only when a root was added. */
const rootNamesByDoc = new WeakMap<Y.Doc, { count: number; names: Map<unknown, string> }>();

function rootNamesOf(doc: Y.Doc): ReadonlyMap<unknown, string> {
  let entry = rootNamesByDoc.get(doc);
  if (!entry || entry.count !== doc.share.size) {
    const names = new Map<unknown, string>();
    for (const [name, type] of doc.share) names.set(type, name);
    entry = { count: doc.share.size, names };
    rootNamesByDoc.set(doc, entry);
  }
  return entry.names;
}

function idKey(id: Y.ID): string {
  return `${id.client}:${id.clock}`;
}

/** Which root each nested type sits in never changes, so it is looked up once per type. */
const topByType = new WeakMap<YType, YType>();

/** The root type a type sits in (itself for a root). */
export function topOf(type: YType): YType {
  const path: YType[] = [];
  let current = type;
  let top: YType | undefined;
  for (;;) {
    top = topByType.get(current);
    if (top) break;
    const parent: unknown = current._item?.parent;
    if (!(parent instanceof Y.AbstractType)) {
      top = current;
      break;
    }
    path.push(current);
    current = parent as YType;
  }
  for (const step of path) topByType.set(step, top);
  return top;
}
