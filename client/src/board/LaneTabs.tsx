import { useDroppable } from "@dnd-kit/core";
import type { Lane } from "@roundtable/shared";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useBoardStore } from "../state/boardStore";
import { showLane, useUiStore } from "../state/uiStore";
import { laneTabDroppableId } from "./drag/dragIds";

export const laneSectionId = (lane: string) => `lane-${lane}`;

const noIds: string[] = [];

function LaneTab({ lane, selected }: { lane: Lane; selected: boolean }) {
  const count = useBoardStore((s) => (s.noteIdsByLane[lane.id] ?? noIds).length);
  // A note dragged onto a tab goes to the end of that lane: on a phone the other lanes are
  // out of sight, so the tabs are where a drag ends.
  const { setNodeRef, isOver } = useDroppable({ id: laneTabDroppableId(lane.id) });
  return (
    <button
      ref={setNodeRef}
      type="button"
      role="tab"
      id={`tab-${lane.id}`}
      aria-selected={selected}
      aria-controls={laneSectionId(lane.id)}
      tabIndex={selected ? 0 : -1}
      className={isOver ? "lane-tab lane-tab-over" : "lane-tab"}
      onClick={() => showLane(lane.id)}
    >
      {lane.title}
      <span className="lane-tab-count" aria-hidden="true">
        {count}
      </span>
    </button>
  );
}

/**
 * On a narrow screen one lane shows at a time, full width, and these tabs switch between them
 * (arrow keys move along, as in any tab list). Wider screens hide the tabs and show every lane.
 */
export function LaneTabs({ lanes }: { lanes: readonly Lane[] }) {
  const shown = useUiStore((s) => s.shownLane);
  const { t } = useTranslation("board");
  const list = useRef<HTMLDivElement>(null);
  const selected = lanes.some((lane) => lane.id === shown) ? shown : (lanes[0]?.id ?? "");
  return (
    // A landmark of its own, so nothing on the page stands outside one.
    <nav aria-label={t("lane.tabsNav")} className="lane-tabs">
      <div
        ref={list}
        role="tablist"
        aria-label={t("lane.tabsList")}
        className="lane-tab-list"
        onKeyDown={(event) => {
          const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
          if (!step) return;
          const at = lanes.findIndex((lane) => lane.id === selected);
          const next = lanes[(at + step + lanes.length) % lanes.length];
          if (!next) return;
          event.preventDefault();
          showLane(next.id);
          list.current?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
        }}
      >
        {lanes.map((lane) => (
          <LaneTab key={lane.id} lane={lane} selected={lane.id === selected} />
        ))}
      </div>
    </nav>
  );
}
