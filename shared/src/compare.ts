import type { Snapshot } from "./snapshot";

// What changed between two exports of a board, e.g. between the end of one roundtable and the
// next: notes are matched by id, so an edited note is the same note and a moved one is a move.

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

type Item = {
  id: string;
  text: string;
  votes: number | null;
  /** Null for a cluster, which is not reported as added, removed or moved. */
  lane: { id: string; title: string } | null;
};

/** Clusters and notes in board order: each lane's clusters with their notes, then its others. */
function items(snapshot: Snapshot): Map<string, Item> {
  const out = new Map<string, Item>();
  for (const lane of snapshot.lanes) {
    const where = { id: lane.id, title: lane.title };
    const notes = (list: typeof lane.notes) => {
      for (const n of list) out.set(n.id, { id: n.id, text: n.text, votes: n.votes, lane: where });
    };
    for (const c of lane.clusters) {
      out.set(c.id, { id: c.id, text: c.title, votes: c.votes, lane: null });
      notes(c.notes);
    }
    notes(lane.notes);
  }
  return out;
}

/** Notes added, removed and moved between lanes, and changed vote totals, in board order. */
export function compareSnapshots(before: Snapshot, after: Snapshot): SnapshotChanges {
  const earlier = items(before);
  const later = items(after);
  const changes: SnapshotChanges = { added: [], removed: [], moved: [], votes: [] };
  for (const item of later.values()) {
    const old = earlier.get(item.id);
    if (!old) {
      if (item.lane) changes.added.push({ id: item.id, text: item.text, lane: item.lane.title });
      continue;
    }
    if (item.lane && old.lane && item.lane.id !== old.lane.id) {
      changes.moved.push({
        id: item.id,
        text: item.text,
        from: old.lane.title,
        to: item.lane.title,
      });
    }
    if (item.votes !== old.votes) {
      changes.votes.push({ id: item.id, text: item.text, before: old.votes, after: item.votes });
    }
  }
  for (const item of earlier.values()) {
    if (item.lane && !later.has(item.id)) {
      changes.removed.push({ id: item.id, text: item.text, lane: item.lane.title });
    }
  }
  return changes;
}
