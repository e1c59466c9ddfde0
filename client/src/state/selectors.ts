import type { BoardNote, BoardStore } from "./boardStore";

/** Notes on the shared board per author (participant id); private drafts do not count. */
export function countNotesByAuthor(
  notes: Readonly<Record<string, BoardNote>>,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const note of Object.values(notes)) {
    if (note.draft || !note.author) continue;
    counts[note.author] = (counts[note.author] ?? 0) + 1;
  }
  return counts;
}

function sameCounts(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

let lastNotes: BoardStore["notes"] | null = null;
let lastCounts: Record<string, number> = {};

/**
 * Selector for `useBoardStore(selectNotesByAuthor)`: participant id → number of notes. It
 * returns the same object while the counts stay the same, so it re-renders only on a change.
 */
export function selectNotesByAuthor(state: Pick<BoardStore, "notes">): Record<string, number> {
  if (state.notes === lastNotes) return lastCounts;
  lastNotes = state.notes;
  const counts = countNotesByAuthor(state.notes);
  if (!sameCounts(counts, lastCounts)) lastCounts = counts;
  return lastCounts;
}

/** Vote totals an import brought along (history), by note or cluster id. */
export function collectPriorVotes(
  notes: Readonly<Record<string, { priorVotes: number | null }>>,
  clusters: Readonly<Record<string, { priorVotes: number | null }>>,
): Record<string, number> {
  const prior: Record<string, number> = {};
  for (const [id, item] of [...Object.entries(notes), ...Object.entries(clusters)]) {
    if (item.priorVotes) prior[id] = item.priorVotes;
  }
  return prior;
}

let lastPriorFrom: [BoardStore["notes"], BoardStore["clusters"]] | null = null;
let lastPrior: Record<string, number> = {};

/**
 * Selector for `useBoardStore(selectPriorVotes)`: votes carried over by an import, which the
 * exports count with the live ones; the same object while they stay the same.
 */
export function selectPriorVotes(
  state: Pick<BoardStore, "notes" | "clusters">,
): Record<string, number> {
  if (lastPriorFrom?.[0] === state.notes && lastPriorFrom[1] === state.clusters) return lastPrior;
  lastPriorFrom = [state.notes, state.clusters];
  const prior = collectPriorVotes(state.notes, state.clusters);
  if (!sameCounts(prior, lastPrior)) lastPrior = prior;
  return lastPrior;
}
