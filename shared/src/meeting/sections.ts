import { laneInRoomOrder, type RoomItem } from "../export/roomOrder";
import type { MeetingLane } from "./combine";

// How the Markdown and the CSV lay out a lane, so that both list the notes in the same order:
// first the clusters merged from two or more groups, then group by group (in meeting order) the
// group's clusters and loose notes. Every list keeps the room's order of the whole lane
// (roomOrder.ts): ranked by votes when the export holds them, else as the boards show them.

export type MeetingItem = RoomItem<MeetingLane>;

export type GroupSection = { group: string; items: MeetingItem[] };

export type LaneSections = {
  /** Clusters merged from two or more groups. */
  shared: Extract<MeetingItem, { kind: "cluster" }>[];
  /** One section a group with anything in the lane; a group's name appears once. */
  groups: GroupSection[];
};

export function laneSections(
  lane: MeetingLane,
  meetingGroups: readonly { name: string }[],
): LaneSections {
  const sections = new Map<string, GroupSection>();
  const section = (group: string): GroupSection => {
    let found = sections.get(group);
    if (found === undefined) {
      found = { group, items: [] };
      sections.set(group, found);
    }
    return found;
  };
  for (const { name } of meetingGroups) section(name);
  const shared: Extract<MeetingItem, { kind: "cluster" }>[] = [];
  for (const item of laneInRoomOrder(lane)) {
    if (item.kind === "note") section(item.note.group).items.push(item);
    else if (item.cluster.groups.length > 1) shared.push(item);
    else section(item.cluster.groups[0] ?? "").items.push(item);
  }
  const groups = [...sections.values()].filter((s) => s.items.length > 0);
  return { shared, groups };
}
