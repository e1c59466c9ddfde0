import type { BoardNote } from "./boardStore";

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

/** `next`, or `previous` when it holds the same counts, so selectors see no change. */
export function reuseCounts(
  previous: Record<string, number>,
  next: Record<string, number>,
): Record<string, number> {
  const keys = Object.keys(next);
  const same =
    keys.length === Object.keys(previous).length &&
    keys.every((key) => previous[key] === next[key]);
  return same ? previous : next;
}
