import { generateKeyBetween, generateNKeysBetween } from "fractional-indexing";

// Fractional ordering: each item carries a string key and items sort by key, so moving one item
// rewrites only that item and concurrent moves of different items never conflict.

export type Orderable = { readonly id: string; readonly order: string };

// fractional-indexing only produces base-62 keys; anything else was written by another program.
const KEY_SHAPE = /^[A-Za-z][0-9A-Za-z]*$/;

const validityCache = new Map<string, boolean>();

/** True for keys fractional-indexing accepts; it throws on anything else, so check first. */
export function isValidOrderKey(key: unknown): key is string {
  if (typeof key !== "string" || !KEY_SHAPE.test(key)) return false;
  const cached = validityCache.get(key);
  if (cached !== undefined) return cached;
  let valid = true;
  try {
    generateKeyBetween(key, null);
  } catch {
    valid = false;
  }
  if (validityCache.size > 10_000) validityCache.clear();
  validityCache.set(key, valid);
  return valid;
}

/**
 * Sorts by key, then by id: two laptops inserting at the same spot at once can pick the same
 * key, and the id tie-break makes every laptop show the same order. Missing or invalid keys
 * sort last (by id) instead of throwing.
 */
export function compareByOrder(a: Orderable, b: Orderable): number {
  const aValid = isValidOrderKey(a.order);
  const bValid = isValidOrderKey(b.order);
  if (aValid !== bValid) return aValid ? -1 : 1;
  if (aValid && a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * A key sorting after `before` and ahead of `after` (the keys either side of the gap; null or
 * invalid means that side is open). When no key fits, because the neighbours share a key after
 * concurrent inserts, the result sorts just after `before`; use `placeAt` for exact placement.
 */
export function orderBetween(
  before: string | null | undefined,
  after: string | null | undefined,
): string {
  const low = isValidOrderKey(before) ? before : null;
  const high = isValidOrderKey(after) ? after : null;
  if (low !== null && high !== null && low >= high) return generateKeyBetween(low, null);
  return generateKeyBetween(low, high);
}

/** A key sorting after every valid key given. */
export function orderAtEnd(existingOrders: Iterable<string | null | undefined>): string {
  let max: string | null = null;
  for (const key of existingOrders) {
    if (isValidOrderKey(key) && (max === null || key > max)) max = key;
  }
  return generateKeyBetween(max, null);
}

/** `count` ascending keys after every valid key given, for appending a group in order. */
export function ordersAtEnd(
  existingOrders: Iterable<string | null | undefined>,
  count: number,
): string[] {
  if (count <= 0) return [];
  const first = orderAtEnd(existingOrders);
  return [first, ...generateNKeysBetween(first, null, count - 1)];
}

export type Placement = {
  /** Key for the item being placed. */
  order: string;
  /** Neighbours whose keys had to change to make room, with their new keys. */
  reordered: Orderable[];
};

/**
 * Key for a new item at `index` of `items` (sorted with compareByOrder). Usually only the new
 * item gets a key; when neighbours share a key or carry invalid ones there is no gap, and just
 * those neighbours get fresh keys so the item lands exactly where it was dropped.
 */
export function placeAt(items: readonly Orderable[], index: number): Placement {
  const n = items.length;
  const at = Math.max(0, Math.min(n, Number.isFinite(index) ? Math.trunc(index) : n));
  let low = at - 1;
  let high = at;
  for (;;) {
    // Invalid keys sort last, so once one is on the right every later item needs a fresh key.
    if (high < n && !isValidOrderKey(items[high]?.order)) high = n;
    while (low >= 0 && !isValidOrderKey(items[low]?.order)) low--;
    const lowKey = items[low]?.order;
    const highKey = items[high]?.order;
    if (lowKey === undefined || highKey === undefined || lowKey < highKey) break;
    low--;
    high++;
  }
  const keys = generateNKeysBetween(
    items[low]?.order ?? null,
    items[high]?.order ?? null,
    high - low,
  );
  const reordered: Orderable[] = [];
  let k = 0;
  for (let i = low + 1; i < high; i++) {
    if (i === at) k++;
    const item = items[i];
    const key = keys[k++];
    if (item && key !== undefined && key !== item.order)
      reordered.push({ id: item.id, order: key });
  }
  const order = keys[at - low - 1];
  if (order === undefined) throw new Error("placeAt: no key generated");
  return { order, reordered };
}
