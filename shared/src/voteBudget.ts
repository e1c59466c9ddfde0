import type { VoteSettings } from "./control";

// What a person's votes count for once the budget is lower than what they placed. Taking votes
// back is always allowed, so after the facilitator lowers the budget someone may hold more
// votes than it allows until they take some back. Totals never count those extra votes.
//
// The rule: within each budget (the whole board, or each priority when budgets are per
// priority) a person's votes count in order of item id, lowest first, until the budget is
// spent; the votes on the highest item ids are the ones dropped. A votes document keeps only a
// count per item, not when each vote was placed (and a reconnecting browser writes as a new
// Yjs client, so clocks say nothing about time either), so "most recent first" would need
// history nobody has. Item ids need none: the server live, the command line reading storage
// and any later reader drop the same votes from the same documents, whatever order a map
// happens to list them in.

/** Where an item's votes are budgeted: its lane when budgets are per priority, else one pool. */
function poolOf(
  settings: VoteSettings,
  laneOf: (itemId: string) => string | undefined,
): (itemId: string) => string {
  // An item the board no longer holds still uses budget, as the write check counts it.
  return settings.perLane ? (itemId) => laneOf(itemId) ?? "" : () => "";
}

/** Item ids in the order their votes count: by UTF-16 code units, so every reader agrees. */
function countingOrder(votes: ReadonlyMap<string, number>): string[] {
  return [...votes.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * One person's votes as they count under `settings`: item id → count, with the votes over the
 * budget dropped from the highest item ids first (see above). Within the budget, unchanged.
 */
export function countedVotes(
  votes: ReadonlyMap<string, number>,
  settings: VoteSettings,
  laneOf: (itemId: string) => string | undefined,
): Map<string, number> {
  const pool = poolOf(settings, laneOf);
  const spent = new Map<string, number>();
  const counted = new Map<string, number>();
  for (const id of countingOrder(votes)) {
    const key = pool(id);
    const room = settings.budget - (spent.get(key) ?? 0);
    const count = Math.min(votes.get(id) ?? 0, room);
    if (count <= 0) continue;
    spent.set(key, (spent.get(key) ?? 0) + count);
    counted.set(id, count);
  }
  return counted;
}

/** How far a person is through their votes: no item ids, only counts. */
export type VoteUsage = {
  /** Votes placed, all of them (also those over a lowered budget). */
  used: number;
  /** Votes they may still place: in every priority together when budgets are per priority. */
  left: number;
  /** Votes over the budget, which they are asked to take back and which totals do not count. */
  over: number;
};

/**
 * A person's usage of their budget. `lanes` are the board's lanes, for budgets per priority
 * (each has the whole budget); unused otherwise.
 */
export function voteUsage(
  votes: ReadonlyMap<string, number>,
  settings: VoteSettings,
  laneOf: (itemId: string) => string | undefined,
  lanes: readonly string[],
): VoteUsage {
  const pool = poolOf(settings, laneOf);
  const perPool = new Map<string, number>(
    settings.perLane ? lanes.map((id) => [id, 0]) : [["", 0]],
  );
  let used = 0;
  for (const [id, count] of votes) {
    used += count;
    const key = pool(id);
    perPool.set(key, (perPool.get(key) ?? 0) + count);
  }
  let left = 0;
  let over = 0;
  for (const count of perPool.values()) {
    left += Math.max(0, settings.budget - count);
    over += Math.max(0, count - settings.budget);
  }
  return { used, left, over };
}

/** Votes over the budget in each pool that holds some: lane id (or "" for the whole board) → count. */
export function votesOverBudget(
  votes: ReadonlyMap<string, number>,
  settings: VoteSettings,
  laneOf: (itemId: string) => string | undefined,
): Map<string, { used: number; over: number }> {
  const pool = poolOf(settings, laneOf);
  const used = new Map<string, number>();
  for (const [id, count] of votes) used.set(pool(id), (used.get(pool(id)) ?? 0) + count);
  const out = new Map<string, { used: number; over: number }>();
  for (const [key, count] of used) {
    if (count > settings.budget) out.set(key, { used: count, over: count - settings.budget });
  }
  return out;
}

/** Everyone's votes added up as they count: over-budget votes dropped per person first. */
export function sumCountedVotes(
  all: Iterable<ReadonlyMap<string, number>>,
  settings: VoteSettings,
  laneOf: (itemId: string) => string | undefined,
): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const votes of all) {
    for (const [id, count] of countedVotes(votes, settings, laneOf)) {
      totals[id] = (totals[id] ?? 0) + count;
    }
  }
  return totals;
}
