import { INBOX_LANE_ID } from "./lane";
import type { Snapshot, SnapshotLane } from "./snapshot";

// What changed between two exports of a board, e.g. between the end of one roundtable and the
// next: items are matched by id, so an edited note is the same note and a moved one is a move;
// what is left is matched by its text (trimmed, in any case), so a note written again on the
// next board, or deleted and written again, is still the same note.

export type SnapshotChanges = {
  /** `lane`: the lane's title in the later snapshot. */
  added: { id: string; text: string; lane: string }[];
  /** `lane`: the lane's title in the earlier snapshot. */
  removed: { id: string; text: string; lane: string }[];
  /** Lane titles before and after. */
  moved: { id: string; text: string; from: string; to: string }[];
  /** Notes and clusters (whose `text` is the cluster's title) whose total changed. */
  votes: { id: string; text: string; before: number | null; after: number | null }[];
};

/** "up": toward Priority one; Unsorted ranks below Priority four. */
export type MoveDirection = "up" | "down";

/** `SnapshotChanges` with each move's direction; ids are the later snapshot's when both have one. */
export type BoardChanges = Omit<SnapshotChanges, "moved"> & {
  moved: { id: string; text: string; from: string; to: string; direction: MoveDirection }[];
};

export type CompareOptions = {
  /** Report clusters (named by their title) as added, removed and moved too, not only notes. */
  clusters?: boolean;
};

type Item = {
  id: string;
  text: string;
  votes: number | null;
  cluster: boolean;
  lane: { id: string; title: string; rank: number };
};

/** The lanes from Priority one down: the priorities in board order, then Unsorted. */
export function lanesByRank<L extends Pick<SnapshotLane, "id">>(lanes: readonly L[]): L[] {
  return [
    ...lanes.filter((lane) => lane.id !== INBOX_LANE_ID),
    ...lanes.filter((lane) => lane.id === INBOX_LANE_ID),
  ];
}

/** Clusters and notes in board order: each lane's clusters with their notes, then its others. */
function items(snapshot: Snapshot): Item[] {
  const ranks = new Map(lanesByRank(snapshot.lanes).map((lane, rank) => [lane.id, rank]));
  const out: Item[] = [];
  for (const lane of snapshot.lanes) {
    const where = { id: lane.id, title: lane.title, rank: ranks.get(lane.id) ?? 0 };
    const notes = (list: typeof lane.notes) => {
      for (const n of list) {
        out.push({ id: n.id, text: n.text, votes: n.votes, cluster: false, lane: where });
      }
    };
    for (const c of lane.clusters) {
      out.push({ id: c.id, text: c.title, votes: c.votes, cluster: true, lane: where });
      notes(c.notes);
    }
    notes(lane.notes);
  }
  return out;
}

/** What a note written again shares with the old one: its kind and its text, trimmed, any case. */
function textKey(item: Item): string | null {
  const text = item.text.trim().toLowerCase();
  return text === "" ? null : `${item.cluster ? "cluster" : "note"}:${text}`;
}

/** Each later item's earlier self: by id first, then by text among those still unmatched. */
function match(earlier: readonly Item[], later: readonly Item[]): Map<Item, Item> {
  const pairs = new Map<Item, Item>();
  const byId = new Map(earlier.map((item) => [item.id, item]));
  const taken = new Set<Item>();
  for (const item of later) {
    const old = byId.get(item.id);
    if (old && old.cluster === item.cluster) {
      pairs.set(item, old);
      taken.add(old);
    }
  }
  // Unmatched earlier items by text, in board order: duplicates pair off one to one.
  const byText = new Map<string, Item[]>();
  for (const item of earlier) {
    const key = textKey(item);
    if (key === null || taken.has(item)) continue;
    const list = byText.get(key);
    if (list) list.push(item);
    else byText.set(key, [item]);
  }
  for (const item of later) {
    const key = textKey(item);
    if (key === null || pairs.has(item)) continue;
    const old = byText.get(key)?.shift();
    if (old) pairs.set(item, old);
  }
  return pairs;
}

/**
 * Items added, removed and moved between lanes (each move up or down), and changed vote totals
 * of notes and clusters, in board order; linear in the snapshots' sizes.
 */
export function compareBoards(
  before: Snapshot,
  after: Snapshot,
  options: CompareOptions = {},
): BoardChanges {
  const earlier = items(before);
  const later = items(after);
  const pairs = match(earlier, later);
  const reported = (item: Item) => options.clusters === true || !item.cluster;
  const changes: BoardChanges = { added: [], removed: [], moved: [], votes: [] };
  for (const item of later) {
    const old = pairs.get(item);
    if (!old) {
      if (reported(item))
        changes.added.push({ id: item.id, text: item.text, lane: item.lane.title });
      continue;
    }
    if (reported(item) && item.lane.id !== old.lane.id) {
      changes.moved.push({
        id: item.id,
        text: item.text,
        from: old.lane.title,
        to: item.lane.title,
        direction: item.lane.rank < old.lane.rank ? "up" : "down",
      });
    }
    if (item.votes !== old.votes) {
      changes.votes.push({ id: item.id, text: item.text, before: old.votes, after: item.votes });
    }
  }
  const matched = new Set(pairs.values());
  for (const item of earlier) {
    if (reported(item) && !matched.has(item)) {
      changes.removed.push({ id: item.id, text: item.text, lane: item.lane.title });
    }
  }
  return changes;
}

/** Notes added, removed and moved between lanes, and changed vote totals, in board order. */
export function compareSnapshots(before: Snapshot, after: Snapshot): SnapshotChanges {
  const { moved, ...rest } = compareBoards(before, after);
  return { ...rest, moved: moved.map(({ id, text, from, to }) => ({ id, text, from, to })) };
}
