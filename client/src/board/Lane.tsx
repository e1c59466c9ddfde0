import { useDroppable } from "@dnd-kit/core";
import type { Lane as LaneData } from "@roundtable/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { addNote } from "../state/actions";
import { useBoardStore } from "../state/boardStore";
import { useUiStore } from "../state/uiStore";
import { usePermissions } from "../state/useFacilitation";
import { laneDroppableId } from "./drag/dragIds";
import { LaneHeading } from "./LaneHeading";
import { LaneNotes } from "./LaneNotes";
import { laneSectionId } from "./LaneTabs";

const noIds: string[] = [];

/** One lane: a region named by its title, its clusters and notes, and its add button. */
export function Lane({ lane }: { lane: LaneData }) {
  const ids = useBoardStore((s) => s.noteIdsByLane[lane.id] ?? noIds);
  const can = usePermissions();
  const { t } = useTranslation("board");
  const { setNodeRef, isOver } = useDroppable({ id: laneDroppableId(lane.id) });
  const headingId = useId();
  // Only a narrow screen hides the lanes it does not show (see board.css).
  const away = useUiStore((s) => s.shownLane !== lane.id);
  const classes = ["lane", isOver && "lane-over", away && "lane-away"];
  return (
    <section
      ref={setNodeRef}
      id={laneSectionId(lane.id)}
      aria-labelledby={headingId}
      data-lane={lane.id}
      className={classes.filter(Boolean).join(" ")}
    >
      <LaneHeading lane={lane} headingId={headingId} count={ids.length} />
      <LaneNotes lane={lane.id} />
      <button
        type="button"
        className="add-note"
        onClick={() => addNote(lane.id)}
        hidden={!can.edit}
      >
        <span aria-hidden="true">+ </span>
        <span className="visually-hidden">{t("lane.addNoteTo", { lane: lane.title })}</span>
        <span aria-hidden="true">{t("lane.addNote")}</span>
      </button>
    </section>
  );
}
