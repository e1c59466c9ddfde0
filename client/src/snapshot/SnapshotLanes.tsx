import type { SnapshotCluster, SnapshotLane, SnapshotNote } from "@roundtable/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { NoteCount } from "../ui/NoteCount";
import { laneNoteCount, votesText } from "./snapshotView";

function VotesBadge({ votes }: { votes: number | null }) {
  const text = votesText(votes);
  return text ? <span className="total-badge">{text}</span> : null;
}

function StaticNote({ note }: { note: SnapshotNote }) {
  return (
    <li className="note" style={{ background: note.color }}>
      <p className="note-text" dir="auto">
        {note.text}
      </p>
      {votesText(note.votes) && (
        <div className="static-note-votes">
          <VotesBadge votes={note.votes} />
        </div>
      )}
    </li>
  );
}

function StaticCluster({ cluster }: { cluster: SnapshotCluster }) {
  const { t } = useTranslation("snapshot");
  const name = cluster.title || t("untitledCluster");
  return (
    <li className="cluster">
      <fieldset aria-label={t("cluster", { name })} className="cluster-body">
        <div className="cluster-bar">
          <h3 className={cluster.title ? "cluster-title" : "cluster-title untitled"} dir="auto">
            {name}
          </h3>
          <NoteCount count={cluster.notes.length} className="cluster-count" />
          <VotesBadge votes={cluster.votes} />
        </div>
        <ul className="cluster-notes">
          {cluster.notes.map((note) => (
            <StaticNote key={note.id} note={note} />
          ))}
        </ul>
      </fieldset>
    </li>
  );
}

function StaticLane({ lane }: { lane: SnapshotLane }) {
  const headingId = useId();
  const count = laneNoteCount(lane);
  return (
    <section aria-labelledby={headingId} data-lane={lane.id} className="lane">
      <header className="lane-heading">
        <h2 id={headingId} dir="auto">
          {lane.title}
        </h2>
        <NoteCount count={count} className="lane-count" />
        {lane.subtitle && <p className="lane-subtitle">{lane.subtitle}</p>}
      </header>
      <ul className="notes">
        {lane.clusters.map((cluster) => (
          <StaticCluster key={cluster.id} cluster={cluster} />
        ))}
        {lane.notes.map((note) => (
          <StaticNote key={note.id} note={note} />
        ))}
      </ul>
    </section>
  );
}

/** A snapshot's lanes side by side, as on the board, with nothing to press. */
export function SnapshotLanes({ lanes }: { lanes: readonly SnapshotLane[] }) {
  return (
    <div className="lanes snapshot-lanes">
      {lanes.map((lane) => (
        <StaticLane key={lane.id} lane={lane} />
      ))}
    </div>
  );
}
