import {
  controlDocName,
  readBoard,
  readControl,
  readVotes,
  sumCountedVotes,
  type VoteSettings,
  type VoteUsage,
  votesDocPrefix,
  voteUsage,
} from "@roundtable/shared";
import type * as Y from "yjs";

/** Where a board's documents are read from: its live rooms, or storage (the command line). */
export type VoteDocs = {
  read<T>(docName: string, read: (doc: Y.Doc) => T): T;
  docNames(prefix: string): string[];
};

/** Each participant's votes on a board: participant id → (item id → count). */
export function votesByParticipant(
  boardId: string,
  docs: VoteDocs,
): Map<string, Map<string, number>> {
  const prefix = votesDocPrefix(boardId);
  const out = new Map<string, Map<string, number>>();
  for (const name of docs.docNames(prefix)) {
    out.set(name.slice(prefix.length), docs.read(name, readVotes));
  }
  return out;
}

/** The lanes of a board and where each note and cluster sits, for budgets per priority. */
export function boardLanes(
  boardId: string,
  docs: VoteDocs,
): { lanes: string[]; laneOf: (itemId: string) => string | undefined } {
  return docs.read(boardId, (doc) => {
    const board = readBoard(doc);
    const byId = new Map<string, string>();
    for (const note of board.notes) byId.set(note.id, note.lane);
    for (const cluster of board.clusters) byId.set(cluster.id, cluster.lane);
    return { lanes: board.lanes.map((lane) => lane.id), laneOf: (id) => byId.get(id) };
  });
}

const noLanes = { lanes: [] as string[], laneOf: (): string | undefined => undefined };

/** Lanes are read only when the budget is per priority: otherwise they change nothing. */
function lanesFor(boardId: string, settings: VoteSettings, docs: VoteDocs) {
  return settings.perLane ? boardLanes(boardId, docs) : noLanes;
}

/**
 * Everyone's votes on a board added up as they count: each person's votes over the budget are
 * left out (`sumCountedVotes`). Every total the server gives (the reveal, exports, snapshots,
 * a meeting's export, the command line) comes from here.
 */
export function countedBoardTotals(
  boardId: string,
  docs: VoteDocs,
  settings: VoteSettings = docs.read(controlDocName(boardId), readControl).votes,
): Record<string, number> {
  const { laneOf } = lanesFor(boardId, settings, docs);
  return sumCountedVotes(votesByParticipant(boardId, docs).values(), settings, laneOf);
}

/**
 * How far each person on the roster (and anyone else with votes) is through their budget:
 * participant id → votes used, left and over. Counts only, never which items.
 */
export function votingProgress(
  boardId: string,
  docs: VoteDocs,
  settings: VoteSettings,
  roster: Iterable<string>,
): Record<string, VoteUsage> {
  const { lanes, laneOf } = lanesFor(boardId, settings, docs);
  const votes = votesByParticipant(boardId, docs);
  const progress: Record<string, VoteUsage> = {};
  for (const id of new Set([...roster, ...votes.keys()])) {
    progress[id] = voteUsage(votes.get(id) ?? new Map(), settings, laneOf, lanes);
  }
  return progress;
}
