// The boards a series of meetings went through: each board names the one it continues, and
// following those names back gives the series. A board that is gone ends it, as does a loop
// (boards written by hand or by another program may name each other).

/** Most boards followed back, this one included: a series shows at most this many meetings. */
export const MAX_SERIES = 6;

/**
 * The board `id` and the boards it continues, oldest first and `id`'s last, at most `max`;
 * `read` gives a board and the id it continues (null: it continues nothing), or null when the
 * board is missing, and is called once per board, `position` 0 for `id`'s, 1 for the next.
 */
export function followContinues<B>(
  id: string,
  read: (id: string, position: number) => { board: B; continues: string | null } | null,
  max: number = MAX_SERIES,
): B[] {
  const chain: B[] = [];
  const seen = new Set<string>();
  let next: string | null = id;
  while (next !== null && chain.length < max && !seen.has(next)) {
    seen.add(next);
    const link = read(next, chain.length);
    if (!link) break;
    chain.push(link.board);
    next = link.continues;
  }
  return chain.reverse();
}
