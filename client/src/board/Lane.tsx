import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { Lane as LaneData } from "@roundtable/shared";
import { useId } from "react";
import { addNote } from "../state/actions";
import { useBoardStore } from "../state/boardStore";
import { laneDroppableId } from "./keyboardMoves";
import { LaneHeading } from "./LaneHeading";
import { RankProvider, useLaneOrder } from "./laneRanking";
import { NoteCard } from "./NoteCard";
import { usePermissions } from "./useFacilitation";

const noIds: string[] = [];

/** One lane: a region named by its title, its notes in order, and its add button. */
export function Lane({ lane }: { lane: LaneData }) {
  const boardOrder = useBoardStore((s) => s.noteIdsByLane[lane.id] ?? noIds);
  const { ids, ranks } = useLaneOrder(boardOrder);
  const can = usePermissions();
  const { setNodeRef, isOver } = useDroppable({ id: laneDroppableId(lane.id) });
  const headingId = useId();
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-lane={lane.id}
      className={isOver ? "lane lane-over" : "lane"}
    >
      <LaneHeading lane={lane} headingId={headingId} count={ids.length} />
      <SortableContext id={lane.id} items={ids} strategy={verticalListSortingStrategy}>
        <RankProvider value={ranks}>
          <ul className="notes">
            {ids.map((id) => (
              <NoteCard key={id} id={id} />
            ))}
          </ul>
        </RankProvider>
      </SortableContext>
      <button
        type="button"
        className="add-note"
        onClick={() => addNote(lane.id)}
        hidden={!can.edit}
      >
        <span aria-hidden="true">+ </span>
        <span className="visually-hidden">Add note to </span>
        <span className="visually-hidden">{lane.title}</span>
        <span aria-hidden="true">Add note</span>
      </button>
    </section>
  );
}
