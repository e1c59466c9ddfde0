/** A card's top and bottom edge on screen, in pixels. */
export type Edges = { top: number; bottom: number };

/** Cards kept whole on each side of the ones in sight, so a short scroll shows no light card. */
export const OVERSCAN = 3;

/**
 * The first and last index of the cards of one list that are in sight between `top` and
 * `bottom` (screen pixels), widened by `overscan` on each side; null when none is. The cards
 * stand one below the other in index order, so a binary search finds the first one in sight:
 * about log2(n) + the visible count + 1 looks at `edgesOf`, whatever the list's length.
 */
export function sightRange(
  count: number,
  edgesOf: (index: number) => Edges,
  top: number,
  bottom: number,
  overscan = OVERSCAN,
): [number, number] | null {
  if (count === 0 || bottom <= top) return null;
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (edgesOf(middle).bottom <= top) low = middle + 1;
    else high = middle;
  }
  if (low === count || edgesOf(low).top >= bottom) return null;
  let last = low;
  while (last + 1 < count && edgesOf(last + 1).top < bottom) last += 1;
  return [Math.max(0, low - overscan), Math.min(count - 1, last + overscan)];
}
