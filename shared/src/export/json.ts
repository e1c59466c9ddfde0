import {
  type Snapshot,
  type SnapshotLane,
  type SnapshotStep,
  type SnapshotTerm,
  snapshotGlossary,
  snapshotSteps,
} from "../snapshot";
import { labelledItems } from "./itemLabels";
import { type RoomItem, roomOrder, type VotedLane } from "./roomOrder";
import { stepsInItemOrder } from "./steps";

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
export type OrderedSnapshot = Omit<Snapshot, "lanes" | "steps" | "glossary"> & {
  lanes: OrderedLane<SnapshotLane>[];
  steps: SnapshotStep[];
  glossary: SnapshotTerm[];
};

/**
 * The snapshot in the room's order, as the JSON export writes it: its lanes, and its next steps
 * in the order of the items they follow from (steps.ts). `steps` and `glossary` are always
 * there, [] for a snapshot stored before boards had them.
 */
export function snapshotInRoomOrder(snapshot: Snapshot): OrderedSnapshot {
  const room = roomOrder<SnapshotLane>(snapshot.lanes);
  const steps = snapshotSteps(snapshot);
  return {
    ...snapshot,
    lanes: room.map(({ lane, items }) => orderedLane(lane, items)),
    // Labels play no part in the order, so any language's words do.
    steps:
      steps.length === 0
        ? []
        : stepsInItemOrder(
            steps,
            labelledItems(() => "", room),
          ).map((row) => row.step),
    glossary: snapshotGlossary(snapshot),
  };
}

/** The snapshot as pretty JSON, in the room's order, each lane with its `items`. */
export function snapshotToJson(snapshot: Snapshot): string {
  return prettyJson(snapshotInRoomOrder(snapshot));
}
