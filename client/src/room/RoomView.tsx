import type { Lane } from "@roundtable/shared";
import { type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { LanguageMenu } from "../i18n/LanguageMenu";
import { PhaseHintLine } from "../phases/PhaseHintLine";
import { PhaseSteps } from "../phases/PhaseSteps";
import type { BoardInvite } from "../state/boardInvite";
import { type BoardStore, useBoardStore } from "../state/boardStore";
import { Countdown } from "../ui/Countdown";
import { StatusBadge } from "../ui/StatusBadge";
import { RoomJoin } from "./RoomJoin";
import { RoomLane, type Spotlight } from "./RoomLane";
import { fitRoom, type LaneLoad } from "./roomLayout";
import { useElementSize } from "./useElementSize";
import "./room.css";

const noIds: string[] = [];
const GAP = 8;

type Placement = Pick<
  BoardStore,
  "clusters" | "clusterIdsByLane" | "noteIdsByCluster" | "looseNoteIdsByLane"
>;

function loadOf(store: Placement, lane: string, onlyCluster?: string): LaneLoad {
  const clusters = (store.clusterIdsByLane[lane] ?? noIds).filter(
    (id) => !onlyCluster || id === onlyCluster,
  );
  return {
    clusters: clusters.map((id) => (store.noteIdsByCluster[id] ?? noIds).length),
    loose: onlyCluster ? 0 : (store.looseNoteIdsByLane[lane] ?? noIds).length,
  };
}

/** The lanes the screen shows: all of them, or the one in the spotlight (or holding it). */
function spotlitLanes(lanes: readonly Lane[], spotlight: Spotlight | null, store: Placement) {
  if (!spotlight) return lanes;
  const laneId =
    spotlight.kind === "lane" ? spotlight.id : (store.clusters[spotlight.id]?.lane ?? null);
  return lanes.filter((lane) => lane.id === laneId);
}

/**
 * The board for the room: every note on one screen (the text size and columns follow how many
 * there are), the phase, a large timer and the way in, and nothing to edit. `actions` are the
 * screen's own buttons (the export menu, "Stop presenting"). "Spotlight" on a lane or cluster
 * fills the screen with it for the discussion; Escape or "Stop spotlight" ends it.
 */
export function RoomView({ invite, actions }: { invite: BoardInvite | null; actions: ReactNode }) {
  const { t } = useTranslation(["meeting", "shared"]);
  const title = useBoardStore((s) => s.title) || t("shared:board.untitled");
  const lanes = useBoardStore((s) => s.lanes);
  const [spotlight, setSpotlight] = useState<Spotlight | null>(null);
  const area = useRef<HTMLElement>(null);
  const size = useElementSize(area);
  // Only where cards sit, not their text: typing into a note does not refit the screen.
  const store = useBoardStore(
    useShallow((s) => ({
      clusters: s.clusters,
      clusterIdsByLane: s.clusterIdsByLane,
      noteIdsByCluster: s.noteIdsByCluster,
      looseNoteIdsByLane: s.looseNoteIdsByLane,
    })),
  );
  const shown = spotlitLanes(lanes, spotlight, store);
  const onlyCluster = spotlight?.kind === "cluster" ? spotlight.id : undefined;
  const loads = shown.map((lane) => loadOf(store, lane.id, onlyCluster));
  const key = JSON.stringify(loads);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the loads
  const fit = useMemo(
    () =>
      fitRoom(loads, {
        width: Math.max(size.width - 2 * GAP, 200),
        height: Math.max(size.height - GAP, 200),
        gap: GAP,
        maxFontPx: spotlight ? 44 : 30,
      }),
    [key, size.width, size.height, spotlight],
  );

  useEffect(() => {
    if (!spotlight) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setSpotlight(null);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [spotlight]);

  const style = {
    "--room-font": `${fit.fontPx}px`,
    "--room-lines": fit.lines,
    "--room-tile": `${fit.tileHeight}px`,
  } as React.CSSProperties;
  return (
    <div className="room">
      <header className="room-header">
        <div className="room-title">
          <h1 dir="auto">{title}</h1>
          <StatusBadge />
        </div>
        <div className="room-phase">
          <PhaseSteps canSwitch={false} />
          <PhaseHintLine />
        </div>
        <Countdown />
        {invite && <RoomJoin invite={invite} title={title} />}
        <div className="room-actions">
          {spotlight && (
            <button type="button" onClick={() => setSpotlight(null)}>
              {t("room.stopSpotlight")}
            </button>
          )}
          {actions}
          <LanguageMenu />
        </div>
      </header>
      <main ref={area} className="room-lanes" style={style}>
        {shown.map((lane, at) => (
          <RoomLane
            key={lane.id}
            lane={lane}
            fit={fit.lanes[at] ?? { columns: 1, width: 200 }}
            only={onlyCluster}
            onSpotlight={spotlight ? null : setSpotlight}
          />
        ))}
      </main>
    </div>
  );
}
