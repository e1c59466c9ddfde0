import {
  printableLanes,
  type RoomItem,
  type RoomLane,
  type Snapshot,
  type SnapshotCluster,
  type SnapshotLane,
  type SnapshotNote,
} from "@roundtable/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { PrintGlossary, PrintNextSteps } from "../progress/PrintNextSteps";
import { snapshotTitle, summaryLine, votesText } from "./snapshotView";

type Item = RoomItem<SnapshotLane>;

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
          <span className="print-note-text" dir="auto">
            {note.text}
          </span>
          <Votes votes={note.votes} />
        </li>
      ))}
    </ul>
  );
}

function ClusterBlock({
  cluster,
  notes,
}: {
  cluster: SnapshotCluster;
  notes: readonly SnapshotNote[];
}) {
  const { t } = useTranslation("snapshot");
  return (
    <section className="print-cluster">
      <h3>
        {cluster.title || t("untitledCluster")} <Votes votes={cluster.votes} />
      </h3>
      <NoteList notes={notes} />
    </section>
  );
}

/** A cluster, or a run of loose notes between clusters: what prints as one block. */
type Block =
  | { kind: "cluster"; key: string; cluster: SnapshotCluster; notes: SnapshotNote[] }
  | { kind: "notes"; key: string; notes: SnapshotNote[] };

function blocksOf(items: readonly Item[]): Block[] {
  const blocks: Block[] = [];
  for (const item of items) {
    const last = blocks.at(-1);
    if (item.kind === "cluster") {
      const { cluster, notes } = item;
      blocks.push({ kind: "cluster", key: cluster.id, cluster, notes });
    } else if (last?.kind === "notes") last.notes.push(item.note);
    else blocks.push({ kind: "notes", key: `notes-${item.note.id}`, notes: [item.note] });
  }
  return blocks;
}

function BlockView({ block }: { block: Block }) {
  return block.kind === "cluster" ? (
    <ClusterBlock cluster={block.cluster} notes={block.notes} />
  ) : (
    <NoteList notes={block.notes} />
  );
}

/**
 * One priority, its clusters and notes in the room's order, as every export lists them. Its
 * heading travels with its first block, so a page never ends on a heading alone.
 */
function LaneSection({ lane, items }: RoomLane<SnapshotLane>) {
  const { t } = useTranslation("snapshot");
  const headingId = useId();
  const [first, ...rest] = blocksOf(items);
  return (
    <section className="print-lane" aria-labelledby={headingId}>
      <div className="print-keep">
        <h2 id={headingId} dir="auto">
          {lane.title}
        </h2>
        {lane.subtitle && <p className="print-subtitle">{lane.subtitle}</p>}
        {first ? <BlockView block={first} /> : <p className="print-empty">{t("print.noNotes")}</p>}
      </div>
      {rest.map((block) => (
        <BlockView key={block.key} block={block} />
      ))}
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

/**
 * A board as one clean document: the title, the date, each priority with its notes, then the
 * next steps on a page of their own and the glossary (each when the board has any).
 */
export function PrintDocument({ snapshot, name, when }: Props) {
  return (
    <article className="print-document">
      <header className="print-head">
        <h1>{snapshotTitle(snapshot.board.title, name)}</h1>
        <p>
          {when} · {summaryLine(snapshot)}
        </p>
      </header>
      {printableLanes(snapshot).map(({ lane, items }) => (
        <LaneSection key={lane.id} lane={lane} items={items} />
      ))}
      <PrintNextSteps snapshot={snapshot} />
      <PrintGlossary snapshot={snapshot} />
    </article>
  );
}
