import {
  headingLine,
  laneHeading,
  markdownHead,
  notesAndClusters,
  notesBlock,
  oneLine,
} from "../export/markdown";
import type { MeetingCluster, MeetingNote, MeetingSnapshot } from "./combine";
import { type GroupSection, laneSections } from "./sections";

// The whole meeting as one set of minutes, a "##" section per priority:
//
//   # ALMA visit
//
//   _Exported 2026-11-22 12:00 UTC · 3 groups: Principals, Directors, Cabinet_
//
//   ## Priority one
//
//   _Do first_
//
//   ### Quick wins (8 votes)
//
//   _Merged from Principals and Directors_
//
//   - Fix the doors — Principals (3 votes)
//   - Oil the hinges — Directors
//
//   ### Principals
//
//   - A loose note (2 votes)
//
//   #### Tidy up (1 vote)
//
//   - Clear the desks
//
// Clusters merged from several groups come first, each note naming its group; then a "###"
// section a group with anything in the lane, holding its loose notes and then its own clusters
// under "####". Lanes with nothing in them keep their heading, as in a board's export. Every
// title, group name and note is escaped as a board's export escapes them.

/** "A", "A and B", "A, B and C". */
function inWords(items: readonly string[]): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function groupTail(note: MeetingNote): string {
  const group = oneLine(note.group);
  return group === "" ? "" : ` — ${group}`;
}

function sharedBlock(cluster: MeetingCluster): string[] {
  return [
    "",
    headingLine("###", cluster.title, cluster.votes),
    "",
    `_Merged from ${inWords(cluster.groups.map(oneLine))}_`,
    ...notesBlock(cluster.notes, groupTail),
  ];
}

/** A group's section, or nothing when none of its notes has text and it has no cluster. */
function groupBlock(section: GroupSection): string[] {
  const body = notesAndClusters(section.notes, section.clusters, "####");
  return body.length === 0 ? [] : ["", headingLine("###", section.group), ...body];
}

function headDetail(names: readonly string[]): string {
  const count = `${names.length} ${names.length === 1 ? "group" : "groups"}`;
  return names.length === 0 ? ` · ${count}` : ` · ${count}: ${names.map(oneLine).join(", ")}`;
}

/** The meeting result as Markdown minutes (see the shape above); ends with a newline. */
export function meetingToMarkdown(snapshot: MeetingSnapshot): string {
  const { meeting } = snapshot;
  const names = meeting.groups.map((group) => group.name);
  const out = markdownHead(meeting.title, meeting.exportedAt, headDetail(names));
  for (const lane of snapshot.lanes) {
    const { shared, groups } = laneSections(lane, meeting.groups);
    out.push(...laneHeading(lane));
    for (const cluster of shared) out.push(...sharedBlock(cluster));
    for (const section of groups) out.push(...groupBlock(section));
  }
  return `${out.join("\n")}\n`;
}
