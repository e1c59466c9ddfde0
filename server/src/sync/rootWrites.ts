import * as Y from "yjs";
import type { CheckedUpdate, DecodedUpdate } from "./updateCheck";
import type { YType } from "./updateShape";

/**
 * Whether a checked update would write or change anything under the root type `root` of `doc`:
 * a new item inside it (at any depth), or the deletion of an item of it that is still there.
 * What the document already has (the echo every client sends on connect, re-sent deletions) is
 * no change. Where each new item lands was found by the update's one walk (`readShape`), which
 * refused anything placed next to a change the server does not have.
 *
 * Cost: one look at each new item's place, and a binary search per deletion among the root's
 * live items.
 */
export function writesUnderRoot(
  { decoded, shape }: Pick<CheckedUpdate, "decoded" | "shape">,
  doc: Y.Doc,
  root: string,
): boolean {
  const rootType = doc.share.get(root) ?? null;
  return (
    shape.newItems.some(({ place }) => place?.root === root) ||
    deletesLiveItem(decoded.ds, liveItemsUnder(doc, rootType))
  );
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
