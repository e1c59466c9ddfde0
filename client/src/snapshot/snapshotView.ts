import { INBOX_LANE_ID, type Snapshot, type SnapshotLane } from "@roundtable/shared";
import { t } from "../i18n/i18n";

/** "3 votes", "1 vote"; null for none, and while the totals are hidden: a badge says nothing. */
export function votesText(votes: number | null): string | null {
  if (votes === null || votes <= 0) return null;
  return t("snapshot:votes", { count: votes });
}

/** Every note of a lane, its clusters' included. */
export function laneNoteCount(lane: SnapshotLane): number {
  return lane.notes.length + lane.clusters.reduce((sum, cluster) => sum + cluster.notes.length, 0);
}

/** E.g. "23 notes in 4 priorities, 5 unsorted". */
export function summaryLine(snapshot: Snapshot): string {
  let sorted = 0;
  let used = 0;
  let unsorted = 0;
  for (const lane of snapshot.lanes) {
    const count = laneNoteCount(lane);
    if (lane.id === INBOX_LANE_ID) unsorted += count;
    else {
      sorted += count;
      if (count > 0) used += 1;
    }
  }
  const main = t("snapshot:summary.main", {
    notes: t("snapshot:summary.notes", { count: sorted }),
    priorities: t("snapshot:summary.priorities", { count: used }),
  });
  return unsorted > 0 ? t("snapshot:summary.withUnsorted", { main, unsorted }) : main;
}

/** "<board title> — <snapshot name>", or the board title alone. */
export function snapshotTitle(boardTitle: string, name: string | null): string {
  const board = boardTitle.trim() || t("shared:board.untitled");
  return name ? `${board} — ${name}` : board;
}
