/** One note or cluster in a lane, in board order, with its revealed vote total. */
export type Ranked = { id: string; total: number; rank: number };

/**
 * Sorts a lane's items by vote total, highest first; items with equal totals keep their board
 * order. Equal totals share a rank and the next rank skips the shared places (1, 1, 3), so
 * "#3" always means two items had more votes.
 */
export function rankItems(
  idsInBoardOrder: readonly string[],
  totals: Readonly<Record<string, number>>,
): Ranked[] {
  const sorted = idsInBoardOrder
    .map((id, index) => ({ id, index, total: totals[id] ?? 0 }))
    .sort((a, b) => b.total - a.total || a.index - b.index);
  const ranked: Ranked[] = [];
  for (const [place, item] of sorted.entries()) {
    const previous = ranked[place - 1];
    const rank = previous && previous.total === item.total ? previous.rank : place + 1;
    ranked.push({ id: item.id, total: item.total, rank });
  }
  return ranked;
}

/**
 * An item's score: its own votes plus those of its members (a cluster's notes), each with the
 * votes an import carried over (`prior`), as the exports count them.
 */
export function scoreOf(
  totals: Readonly<Record<string, number>>,
  id: string,
  members: readonly string[] = [],
  prior: Readonly<Record<string, number>> = {},
): number {
  return [id, ...members].reduce((sum, item) => sum + (totals[item] ?? 0) + (prior[item] ?? 0), 0);
}
