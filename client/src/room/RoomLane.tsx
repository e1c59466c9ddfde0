import type { Lane } from "@roundtable/shared";
import type { CSSProperties } from "react";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { RankProvider, useLaneOrder } from "../phases/laneRanking";
import { VoteBadges } from "../phases/VoteBadges";
import { useBoardStore } from "../state/boardStore";
import { clusterName } from "../state/clusterNames";
import { selectPriorVotes } from "../state/selectors";
import { RoomTile } from "./RoomTile";
import type { LaneFit } from "./roomLayout";

const noIds: string[] = [];

export type Spotlight = { kind: "lane" | "cluster"; id: string };

type Props = {
  lane: Lane;
  fit: LaneFit;
  /** Shows only this cluster of the lane (a cluster in the spotlight). */
  only?: string;
  onSpotlight: ((spotlight: Spotlight) => void) | null;
};

function RoomCluster({ id, onSpotlight }: { id: string; onSpotlight: Props["onSpotlight"] }) {
  const { t } = useTranslation("meeting");
  const cluster = useBoardStore((s) => s.clusters[id]);
  const noteIds = useBoardStore((s) => s.noteIdsByCluster[id] ?? noIds);
  if (!cluster) return null;
  const name = clusterName(cluster.title);
  return (
    <li className="room-cluster">
      <fieldset aria-label={t("room.cluster", { name })}>
        <div className="room-cluster-heading">
          <h3 dir="auto">{name}</h3>
          <VoteBadges itemId={id} memberIds={noteIds} />
          {onSpotlight && (
            <button
              type="button"
              className="spotlight"
              aria-label={t("room.spotlightCluster", { name })}
              onClick={() => onSpotlight({ kind: "cluster", id })}
            >
              {t("room.spotlight")}
            </button>
          )}
        </div>
        <ul className="room-tiles">
          {noteIds.map((noteId) => (
            <RoomTile key={noteId} id={noteId} />
          ))}
        </ul>
      </fieldset>
    </li>
  );
}

/**
 * A lane on the room's screen: its title and count, its clusters (each a heading over its
 * notes) and loose notes as tiles in as many columns as the fit gives it, in Review's order.
 */
export function RoomLane({ lane, fit, only, onSpotlight }: Props) {
  const { t } = useTranslation("meeting");
  const headingId = useId();
  const clusterIds = useBoardStore((s) => s.clusterIdsByLane[lane.id] ?? noIds);
  const loose = useBoardStore((s) => s.looseNoteIdsByLane[lane.id] ?? noIds);
  const count = useBoardStore((s) => (s.noteIdsByLane[lane.id] ?? noIds).length);
  const membersOf = useBoardStore((s) => s.noteIdsByCluster);
  const prior = useBoardStore(selectPriorVotes);
  const items = useMemo(() => [...clusterIds, ...loose], [clusterIds, loose]);
  const clusters = useMemo(() => new Set(clusterIds), [clusterIds]);
  const { ids, ranks } = useLaneOrder(items, membersOf, prior);
  const shown = only ? ids.filter((id) => id === only) : ids;
  const style = { width: fit.width, "--columns": fit.columns } as CSSProperties;
  return (
    <section aria-labelledby={headingId} className="room-lane" data-lane={lane.id} style={style}>
      <header className="room-lane-heading">
        <h2 id={headingId} dir="auto">
          {lane.title}
        </h2>
        <span className="lane-count">
          {count}
          <span className="visually-hidden">{` ${t("room.laneNotes", { count })}`}</span>
        </span>
        {onSpotlight && !only && count > 0 && (
          <button
            type="button"
            className="spotlight"
            aria-label={t("room.spotlightLane", { title: lane.title })}
            onClick={() => onSpotlight({ kind: "lane", id: lane.id })}
          >
            {t("room.spotlight")}
          </button>
        )}
      </header>
      <RankProvider value={ranks}>
        <ul className="room-tiles">
          {shown.map((id) =>
            clusters.has(id) ? (
              <RoomCluster key={id} id={id} onSpotlight={only ? null : onSpotlight} />
            ) : (
              <RoomTile key={id} id={id} />
            ),
          )}
        </ul>
      </RankProvider>
    </section>
  );
}
