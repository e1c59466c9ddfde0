import type { Snapshot, SnapshotCluster, SnapshotLane, SnapshotNote } from "@roundtable/shared";
import { useId } from "react";
import { recordOrder, snapshotTitle, summaryLine, votesText } from "./snapshotView";

function Votes({ votes }: { votes: number | null }) {
  const text = votesText(votes);
  return text ? <span className="print-votes">{text}</span> : null;
}

function NoteList({ notes }: { notes: readonly SnapshotNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="print-notes">
      {notes.map((note) => (
        <li key={note.id} className="print-note">
          <span className="print-note-text">{note.text}</span>
          <Votes votes={note.votes} />
        </li>
      ))}
    </ul>
  );
}

function ClusterBlock({ cluster }: { cluster: SnapshotCluster }) {
  return (
    <section className="print-cluster">
      <h3>
        {cluster.title || "Untitled cluster"} <Votes votes={cluster.votes} />
      </h3>
      <NoteList notes={cluster.notes} />
    </section>
  );
}

/**
 * One priority. Its heading travels with its first cluster or note, so a page never ends on a
 * heading alone; clusters come first, as on the board, then the notes in no cluster.
 */
function LaneSection({ lane }: { lane: SnapshotLane }) {
  const headingId = useId();
  const [firstCluster, ...otherClusters] = lane.clusters;
  const loose = lane.notes;
  const looseHeading = lane.clusters.length > 0 && loose.length > 0 && (
    <h3 className="print-loose">Other notes</h3>
  );
  const empty = lane.clusters.length === 0 && loose.length === 0;
  return (
    <section className="print-lane" aria-labelledby={headingId}>
      <div className="print-keep">
        <h2 id={headingId}>{lane.title}</h2>
        {lane.subtitle && <p className="print-subtitle">{lane.subtitle}</p>}
        {empty && <p className="print-empty">No notes.</p>}
        {firstCluster ? (
          <ClusterBlock cluster={firstCluster} />
        ) : (
          <NoteList notes={loose.slice(0, 1)} />
        )}
      </div>
      {otherClusters.map((cluster) => (
        <ClusterBlock key={cluster.id} cluster={cluster} />
      ))}
      {firstCluster ? (
        <div className="print-keep">
          {looseHeading}
          <NoteList notes={loose.slice(0, 1)} />
        </div>
      ) : null}
      <NoteList notes={loose.slice(1)} />
    </section>
  );
}

type Props = {
  snapshot: Snapshot;
  /** The snapshot's name, or null for the board as it stands. */
  name: string | null;
  /** "Taken 14 May 2026, 10:32", "As of …". */
  when: string;
};

/** A board as one clean document: the title, the date, and each priority with its notes. */
export function PrintDocument({ snapshot, name, when }: Props) {
  return (
    <article className="print-document">
      <header className="print-head">
        <h1>{snapshotTitle(snapshot.board.title, name)}</h1>
        <p>
          {when} · {summaryLine(snapshot)}
        </p>
      </header>
      {recordOrder(snapshot.lanes).map((lane) => (
        <LaneSection key={lane.id} lane={lane} />
      ))}
    </article>
  );
}
