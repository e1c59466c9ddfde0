import type { Lane } from "@roundtable/shared";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { RankProvider, useLaneOrder } from "../../phases/laneRanking";
import { VoteBadges } from "../../phases/VoteBadges";
import { useBoardStore } from "../../state/boardStore";
import { selectPriorVotes } from "../../state/selectors";
import { useControl } from "../../state/useFacilitation";
import { VoteControl } from "../VoteControl";
import "./notesList.css";

const noIds: string[] = [];

/**
 * Every note of the board as one list, priority by priority, in the order the lanes show them
 * (ranked by votes in Review once revealed): each lane a heading, each cluster an item holding
 * its notes, each note with its author and votes. Voting works from here as on the cards.
 */
export function NotesList() {
  const { t } = useTranslation("list");
  const lanes = useBoardStore((s) => s.lanes);
  const headingId = useId();
  return (
    <section className="notes-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("heading")}</h2>
      {lanes.map((lane) => (
        <LaneList key={lane.id} lane={lane} />
      ))}
    </section>
  );
}

function LaneList({ lane }: { lane: Lane }) {
  const { t } = useTranslation("list");
  const clusterIds = useBoardStore((s) => s.clusterIdsByLane[lane.id] ?? noIds);
  const loose = useBoardStore((s) => s.looseNoteIdsByLane[lane.id] ?? noIds);
  const count = useBoardStore((s) => s.shownNoteIdsByLane[lane.id]?.length ?? 0);
  const items = useMemo(() => [...clusterIds, ...loose], [clusterIds, loose]);
  const clusters = useMemo(() => new Set(clusterIds), [clusterIds]);
  const membersOf = useBoardStore((s) => s.noteIdsByCluster);
  const prior = useBoardStore(selectPriorVotes);
  const { ids, ranks } = useLaneOrder(items, membersOf, prior);
  return (
    // Not a landmark of its own: the lanes' headings are how a reader moves through the list.
    <section className="notes-list-lane">
      <h3 dir="auto">{lane.title}</h3>
      <p className="notes-list-count">{t("notes", { count })}</p>
      {ids.length > 0 && (
        <RankProvider value={ranks}>
          <ul>
            {ids.map((id) =>
              clusters.has(id) ? (
                <ClusterItem key={id} id={id} lane={lane.id} />
              ) : (
                <NoteItem key={id} id={id} lane={lane.id} />
              ),
            )}
          </ul>
        </RankProvider>
      )}
    </section>
  );
}

function ClusterItem({ id, lane }: { id: string; lane: string }) {
  const { t } = useTranslation(["list", "board"]);
  const title = useBoardStore((s) => s.clusters[id]?.title ?? "");
  const noteIds = useBoardStore((s) => s.noteIdsByCluster[id] ?? noIds);
  const name = title.trim() === "" ? t("untitledCluster") : title;
  return (
    <li className="notes-list-cluster">
      <p>
        <span className="notes-list-kind">{t("cluster")}</span> <strong dir="auto">{name}</strong>{" "}
        <VoteBadges itemId={id} memberIds={noteIds} />
      </p>
      <VoteControl itemId={id} label={t("board:cluster.name", { name })} lane={lane} />
      {noteIds.length > 0 && (
        <ul>
          {noteIds.map((noteId) => (
            <NoteItem key={noteId} id={noteId} lane={lane} />
          ))}
        </ul>
      )}
    </li>
  );
}

function NoteItem({ id, lane }: { id: string; lane: string }) {
  const { t } = useTranslation("list");
  const note = useBoardStore((s) => s.notes[id]);
  const author = useControl((c) => (note?.author ? c.people[note.author] : undefined));
  if (!note) return null;
  const text = note.text.trim() === "" ? t("emptyNote") : note.text;
  return (
    <li className="notes-list-note">
      <p className="notes-list-text" dir="auto">
        {text}
      </p>
      <p className="notes-list-meta">
        {note.draft ? t("private") : author ? t("by", { name: author }) : null}{" "}
        <VoteBadges itemId={id} />
      </p>
      {!note.draft && <VoteControl itemId={id} label={text} lane={lane} />}
    </li>
  );
}
