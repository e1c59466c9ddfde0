import { INBOX_LANE_ID } from "../lane";
import type { Snapshot, SnapshotLane } from "../snapshot";
import { type RoomLane, roomOrder } from "./roomOrder";

/**
 * What the printable page lays out: the lanes and their items in the room's order, like every
 * export, with Unsorted left out when it holds nothing.
 */
export function printableLanes(snapshot: Snapshot): RoomLane<SnapshotLane>[] {
  return roomOrder<SnapshotLane>(snapshot.lanes).filter(
    ({ lane, items }) => lane.id !== INBOX_LANE_ID || items.length > 0,
  );
}
