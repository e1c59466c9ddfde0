import type { BoardState, Note } from "@roundtable/shared";

export type LaneCount = { id: string; title: string; count: number };

/** What the meeting page shows of a group's board: counts and a glimpse, never the whole board. */
export type BoardGlimpse = {
  /** Each lane's title as the group's board has it now, with its number of notes. */
  lanes: LaneCount[];
  total: number;
  /** Notes per author id; notes without an author count under "". */
  byAuthor: Record<string, number>;
  /** The newest notes with some text, newest first. */
  latest: { id: string; text: string }[];
};

export const LATEST_NOTES = 3;

function newestFirst(a: Note, b: Note): number {
  return (b.createdAt ?? 0) - (a.createdAt ?? 0) || b.id.localeCompare(a.id);
}

export function glimpseOf(board: BoardState): BoardGlimpse {
  const perLane = new Map<string, number>();
  const byAuthor: Record<string, number> = {};
  for (const note of board.notes) {
    perLane.set(note.lane, (perLane.get(note.lane) ?? 0) + 1);
    const author = note.author ?? "";
    byAuthor[author] = (byAuthor[author] ?? 0) + 1;
  }
  const latest = board.notes
    .filter((note) => note.text.trim() !== "")
    .sort(newestFirst)
    .slice(0, LATEST_NOTES)
    .map((note) => ({ id: note.id, text: note.text }));
  return {
    lanes: board.lanes.map((lane) => ({
      id: lane.id,
      title: lane.title,
      count: perLane.get(lane.id) ?? 0,
    })),
    total: board.notes.length,
    byAuthor,
    latest,
  };
}
