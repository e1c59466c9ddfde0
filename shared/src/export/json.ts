import type { Snapshot, SnapshotLane } from "../snapshot";
import { type RoomItem, roomOrder, type VotedLane } from "./roomOrder";

/** Any export as pretty JSON (two spaces, trailing newline): readable and diffable. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One entry of a lane's `items`: a cluster or a loose note, in the room's order. */
export type ItemRef = { kind: "cluster" | "note"; id: string; rank: number | null };

type OrderedLane<L extends VotedLane> = Omit<L, "clusters" | "notes"> & {
  clusters: L["clusters"][number][];
  notes: L["notes"][number][];
  items: ItemRef[];
};

/**
 * A lane laid out in the room's order (roomOrder.ts): its clusters, each with its notes, and
 * its loose notes, each list in that order, and `items`, the clusters and loose notes together
 * as a reader meets them, with their ranks (null without vote totals).
 */
export function orderedLane<L extends VotedLane & { clusters: readonly { notes: unknown }[] }>(
  lane: L,
  items: readonly RoomItem<L>[],
): OrderedLane<L> {
  const clusters: L["clusters"][number][] = [];
  const notes: L["notes"][number][] = [];
  const refs: ItemRef[] = [];
  for (const item of items) {
    if (item.kind === "cluster") {
      clusters.push({ ...item.cluster, notes: item.notes });
      refs.push({ kind: "cluster", id: item.cluster.id, rank: item.rank });
    } else {
      notes.push(item.note);
      refs.push({ kind: "note", id: item.note.id, rank: item.rank });
    }
  }
  return { ...lane, clusters, notes, items: refs };
}

/** The snapshot in the room's order, as the JSON export writes it. */
export function snapshotInRoomOrder(snapshot: Snapshot): Omit<Snapshot, "lanes"> & {
  lanes: OrderedLane<SnapshotLane>[];
} {
  return {
    ...snapshot,
    lanes: roomOrder<SnapshotLane>(snapshot.lanes).map(({ lane, items }) =>
      orderedLane(lane, items),
    ),
  };
}

/** The snapshot as pretty JSON, in the room's order, each lane with its `items`. */
export function snapshotToJson(snapshot: Snapshot): string {
  return prettyJson(snapshotInRoomOrder(snapshot));
}
