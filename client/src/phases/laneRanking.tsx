import { type Ranked, rankItems, scoreOf } from "@roundtable/shared";
import { createContext, useContext, useMemo } from "react";
import { useControl } from "../state/useFacilitation";

/** Ranks of the items in one lane, while Review shows them sorted by revealed votes. */
const RankContext = createContext<ReadonlyMap<string, number> | null>(null);

export const RankProvider = RankContext.Provider;

export function useRank(itemId: string): number | null {
  return useContext(RankContext)?.get(itemId) ?? null;
}

/**
 * A lane's items in the order to show them: by votes in Review once totals are revealed,
 * otherwise in board order; with the ranks for the badges (null when not ranked). A cluster
 * scores its own votes and its notes' together: that is how much the room backs the idea.
 */
export function useLaneOrder(
  ids: string[],
  membersOf: Readonly<Record<string, readonly string[]>> = {},
  prior: Readonly<Record<string, number>> = {},
): {
  ids: string[];
  ranks: ReadonlyMap<string, number> | null;
} {
  const phase = useControl((c) => c.phase);
  const totals = useControl((c) => c.totals);
  return useMemo(() => {
    if (phase !== "review" || totals === null) return { ids, ranks: null };
    const scores = Object.fromEntries(
      ids.map((id) => [id, scoreOf(totals, id, membersOf[id], prior)]),
    );
    const ranked: Ranked[] = rankItems(ids, scores);
    return {
      ids: ranked.map((item) => item.id),
      ranks: new Map(ranked.map((item) => [item.id, item.rank])),
    };
  }, [ids, membersOf, prior, phase, totals]);
}
