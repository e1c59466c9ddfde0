import { SortableContext, type SortingStrategy } from "@dnd-kit/sortable";
import { memo, useMemo, useState } from "react";
import { RankProvider, useLaneOrder } from "../phases/laneRanking";
import { useBoardStore } from "../state/boardStore";
import { selectPriorVotes } from "../state/selectors";
import { useUiStore } from "../state/uiStore";
import { ClusterCard } from "./ClusterCard";
import { useCardsShown } from "./cardsShown";
import { NoteCard } from "./NoteCard";
import { useSightList } from "./sight/inSight";

const noIds: string[] = [];

/**
 * Nothing slides aside while dragging: dropping on a note can group as well as place, so the
 * cards stay where they are and the one under the pointer shows what a drop would do.
 */
const stayInPlace: SortingStrategy = () => null;

/**
 * A lane's cards: its clusters first, each with its notes, then the notes in no cluster, where
 * new notes arrive next to the add button. Clusters lead because they are what the group has
 * agreed on so far; the loose notes below are what is left to sort. In Review, once votes are
 * revealed, clusters and loose notes are ranked together by their totals.
 */
export const LaneNotes = memo(function LaneNotes({ lane }: { lane: string }) {
  const shown = useBoardStore((s) => s.shownNoteIdsByLane[lane] ?? noIds);
  const clusterIds = useBoardStore((s) => s.clusterIdsByLane[lane] ?? noIds);
  const loose = useBoardStore((s) => s.looseNoteIdsByLane[lane] ?? noIds);
  const items = useMemo(() => [...clusterIds, ...loose], [clusterIds, loose]);
  const clusters = useMemo(() => new Set(clusterIds), [clusterIds]);
  const membersOf = useBoardStore((s) => s.noteIdsByCluster);
  const prior = useBoardStore(selectPriorVotes);
  const { ids, ranks } = useLaneOrder(items, membersOf, prior);
  const shownCards = useCardsShown();
  const [list, setList] = useState<HTMLUListElement | null>(null);
  useSightList(list);
  // Only a lane still filling in listens to the editor: once whole, opening one renders nothing here.
  const editing = useUiStore((s) => (ids.length > shownCards ? s.editingId : null));
  const cards = useMemo(() => {
    if (ids.length <= shownCards) return ids;
    const first = ids.slice(0, shownCards);
    // A card being edited is shown while the lane fills in, even before its turn.
    if (editing && !first.includes(editing) && ids.includes(editing)) first.push(editing);
    return first;
  }, [ids, shownCards, editing]);
  return (
    <SortableContext id={lane} items={shown} strategy={stayInPlace}>
      <RankProvider value={ranks}>
        <ul ref={setList} className="notes">
          {cards.map((id) =>
            clusters.has(id) ? <ClusterCard key={id} id={id} /> : <NoteCard key={id} id={id} />,
          )}
        </ul>
      </RankProvider>
    </SortableContext>
  );
});
