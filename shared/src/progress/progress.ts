import { compareBoards, lanesByRank, type MoveDirection } from "../compare";
import type { Snapshot, SnapshotLane } from "../snapshot";
import type { Step } from "../steps/step";
import { carriedSteps, countSteps, type StepCounts, type StepLists } from "./stepProgress";

// "Since last time": what became of a board's carried steps and priorities on the board it
// continues, and how the series of boards went, from pictures of the boards read once each.

/** One board as progress reads it. */
export type ProgressBoard = {
  id: string;
  /** When the board was made, in ms, or null when not known. */
  createdAt: number | null;
  /** The board it continues (`meta.continues`), or null. */
  continues: string | null;
  /** As anyone's export shows it: vote totals only once revealed. */
  snapshot: Snapshot;
  steps: readonly Step[];
};

/** A note, or a cluster by its title, and the title of its lane. */
export type ProgressItem = { text: string; lane: string };

export type ProgressMove = { text: string; from: string; to: string; direction: MoveDirection };

export type ProgressVotes = { text: string; before: number; after: number };

export type SeriesRow = {
  id: string;
  title: string;
  /** ISO 8601, or null when not known. */
  createdAt: string | null;
  notes: number;
  steps: StepCounts;
  /** From Priority one down, Unsorted last; `notes` counts those in clusters too. */
  lanes: { title: string; notes: number }[];
};

export type Progress = {
  continues: { id: string; title: string } | null;
  steps: StepLists;
  priorities: { new: ProgressItem[]; moved: ProgressMove[]; dropped: ProgressItem[] };
  votes: ProgressVotes[];
  series: SeriesRow[];
};

function isoTime(ms: number | null): string | null {
  if (ms === null) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function notesIn(lane: SnapshotLane): number {
  return lane.clusters.reduce((sum, cluster) => sum + cluster.notes.length, lane.notes.length);
}

/** A board's row in the series: its size, its steps on `today` and its notes in each lane. */
export function seriesRow(board: ProgressBoard, today: string): SeriesRow {
  const lanes = lanesByRank(board.snapshot.lanes).map((lane) => ({
    title: lane.title,
    notes: notesIn(lane),
  }));
  return {
    id: board.id,
    title: board.snapshot.board.title,
    createdAt: isoTime(board.createdAt),
    notes: lanes.reduce((sum, lane) => sum + lane.notes, 0),
    steps: countSteps(board.steps, today),
    lanes,
  };
}

/** How the priorities changed from the earlier board to the later: notes and clusters alike. */
function priorities(earlier: Snapshot, later: Snapshot): Pick<Progress, "priorities" | "votes"> {
  const changes = compareBoards(earlier, later, { clusters: true });
  const item = ({ text, lane }: ProgressItem): ProgressItem => ({ text, lane });
  const votes: ProgressVotes[] = [];
  for (const { text, before, after } of changes.votes) {
    if (before !== null && after !== null) votes.push({ text, before, after });
  }
  return {
    priorities: {
      new: changes.added.map(item),
      moved: changes.moved.map(({ text, from, to, direction }) => ({ text, from, to, direction })),
      dropped: changes.removed.map(item),
    },
    votes,
  };
}

/**
 * Progress of the last board of `chain` (oldest first, each board continuing the one before, as
 * `followContinues` gives it) since the board it continues, with overdue steps those open with
 * a date before `today` (`YYYY-MM-DD`). Linear in the boards' sizes.
 */
export function boardProgress(chain: readonly ProgressBoard[], today: string): Progress {
  const board = chain.at(-1);
  if (!board) throw new Error("progress needs the board itself");
  const before = chain.at(-2);
  const continued = before && before.id === board.continues ? before : null;
  const none = { priorities: { new: [], moved: [], dropped: [] }, votes: [] };
  return {
    continues: continued && { id: continued.id, title: continued.snapshot.board.title },
    steps:
      board.continues === null
        ? { done: [], open: [], overdue: [] }
        : carriedSteps(board.steps, board.continues, today),
    ...(continued ? priorities(continued.snapshot, board.snapshot) : none),
    series: chain.map((one) => seriesRow(one, today)),
  };
}
