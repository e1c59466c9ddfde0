import type { MeetingCluster, MeetingLane, MeetingNote } from "./combine";

// How the Markdown and the CSV lay out a lane, so that both list the notes in the same order:
// first the clusters merged from two or more groups, then group by group (in meeting order) the
// group's loose notes and the clusters only it has.

export type GroupSection = { group: string; notes: MeetingNote[]; clusters: MeetingCluster[] };

export type LaneSections = {
  /** Clusters merged from two or more groups, where the first of them stood. */
  shared: MeetingCluster[];
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
      found = { group, notes: [], clusters: [] };
      sections.set(group, found);
    }
    return found;
  };
  for (const { name } of meetingGroups) section(name);
  const shared: MeetingCluster[] = [];
  for (const cluster of lane.clusters) {
    if (cluster.groups.length > 1) shared.push(cluster);
    else section(cluster.groups[0] ?? "").clusters.push(cluster);
  }
  for (const note of lane.notes) section(note.group).notes.push(note);
  const groups = [...sections.values()].filter((s) => s.notes.length + s.clusters.length > 0);
  return { shared, groups };
}
