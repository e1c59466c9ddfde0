import { createCluster } from "../clusterOps";
import { unescapeMarkdown } from "../export/markdownText";
import { DEFAULT_LANES } from "../lane";
import { renameLane } from "../laneOps";
import { addNote } from "../noteOps";
import { type Snapshot, type SnapshotCluster, type SnapshotNote, snapshotBoard } from "../snapshot";
import { newBoard } from "../testBoards";
import {
  type CombineInput,
  combineMeeting,
  type MeetingGroupSnapshot,
  type MeetingLaneTemplate,
  type MeetingSnapshot,
} from "./combine";

// A meeting for the tests: three groups' real boards, with a cluster title the groups share in
// different spellings, a lane one group renamed, a lane only one group's board has, and votes
// revealed on two boards and hidden on the third.

export const MEETING_NOW = Date.UTC(2026, 10, 22, 12);

export const TEMPLATE_LANES: readonly MeetingLaneTemplate[] = DEFAULT_LANES.map(
  ({ id, title, subtitle }) => ({ id, title, subtitle }),
);

type GroupPlan = {
  name: string;
  notes: { id: string; lane: string; text: string }[];
  clusters: { id: string; lane: string; title: string; noteIds: string[] }[];
  totals: Record<string, number> | null;
  renames?: { lane: string; title: string; subtitle: string }[];
};

const PLANS: readonly GroupPlan[] = [
  {
    name: "Principals",
    notes: [
      { id: "pr-inbox", lane: "inbox", text: "Unsorted thought" },
      { id: "pr-doors", lane: "p1", text: "Fix the doors" },
      { id: "pr-loose", lane: "p1", text: "A loose note" },
      { id: "pr-budget", lane: "p2", text: "Budget review" },
    ],
    clusters: [{ id: "pr-wins", lane: "p1", title: "Quick wins", noteIds: ["pr-doors"] }],
    totals: { "pr-doors": 3, "pr-loose": 2, "pr-wins": 5 },
  },
  {
    name: "Directors",
    notes: [
      { id: "di-hinges", lane: "p1", text: "Oil the hinges" },
      { id: "di-staff", lane: "p1", text: "Hire a caretaker" },
      { id: "di-later", lane: "p3", text: "Later, maybe" },
    ],
    clusters: [
      { id: "di-staffing", lane: "p1", title: "Staffing", noteIds: ["di-staff"] },
      { id: "di-wins", lane: "p1", title: "quick  WINS", noteIds: ["di-hinges"] },
    ],
    totals: { "di-wins": 1 },
    renames: [{ lane: "p1", title: "Urgent stuff", subtitle: "Now" }],
  },
  {
    name: "Cabinet",
    notes: [
      { id: "ca-paint", lane: "p1", text: "Paint the hall" },
      { id: "ca-roster", lane: "p2", text: "A roster" },
    ],
    clusters: [
      { id: "ca-wins", lane: "p1", title: "Quick Wins", noteIds: ["ca-paint"] },
      { id: "ca-staffing", lane: "p2", title: "Staffing", noteIds: ["ca-roster"] },
    ],
    totals: null,
  },
];

function groupSnapshot(plan: GroupPlan, index: number): MeetingGroupSnapshot {
  const doc = newBoard(`${plan.name} board`);
  for (const note of plan.notes) addNote(doc, { ...note, author: null, createdAt: MEETING_NOW });
  for (const cluster of plan.clusters) createCluster(doc, cluster);
  for (const { lane, ...rename } of plan.renames ?? []) renameLane(doc, lane, rename);
  const boardId = `board-${index + 1}`;
  const snapshot = snapshotBoard(doc, {
    boardId,
    totals: plan.totals,
    names: {},
    now: MEETING_NOW,
  });
  return { name: plan.name, boardId, snapshot };
}

/** The note the Cabinet's board has in a lane of its own, "parking" ("Parking lot"). */
export const PARKED: SnapshotNote = {
  id: "ca-parked",
  text: "Parked idea",
  votes: null,
  author: null,
  authorName: null,
  color: "#fde68a",
  createdAt: null,
};

/**
 * Principals, Directors and Cabinet. Directors renamed p1 "Urgent stuff"; only the Cabinet's
 * board has the lane "parking". Every note's id is unique across the boards.
 */
export function sampleGroups(): MeetingGroupSnapshot[] {
  const groups = PLANS.map(groupSnapshot);
  groups[2]?.snapshot.lanes.push({
    id: "parking",
    title: "Parking lot",
    subtitle: "",
    clusters: [],
    notes: [PARKED],
  });
  return groups;
}

export function sampleInput(mergeClusters: boolean): CombineInput {
  return {
    meeting: { id: "m1", title: "ALMA visit" },
    groups: sampleGroups(),
    lanes: TEMPLATE_LANES,
    mergeClusters,
    now: MEETING_NOW,
  };
}

/** Every note of the groups' boards as "group/id". */
export function sampleNoteKeys(groups: readonly MeetingGroupSnapshot[]): string[] {
  return groups.flatMap(({ name, snapshot }) =>
    snapshot.lanes.flatMap((lane) =>
      [...lane.clusters.flatMap((c) => c.notes), ...lane.notes].map((n) => `${name}/${n.id}`),
    ),
  );
}

/** A hand-made note with no votes, author or time. */
export function plainNote(id: string, text: string, votes: number | null = null): SnapshotNote {
  return { ...PARKED, id, text, votes };
}

/** A hand-made board whose only lane is p1, holding `clusters` and `notes`. */
export function p1Board(
  title: string,
  clusters: SnapshotCluster[],
  notes: SnapshotNote[] = [],
): Snapshot {
  return {
    schemaVersion: 1,
    board: { id: title, title, exportedAt: "2026-11-22T12:00:00.000Z" },
    lanes: [{ id: "p1", title: "Priority one", subtitle: "", clusters, notes }],
  };
}

/** The meeting "ALMA visit" at MEETING_NOW of `boards`, each the group its title names. */
export function combineBoards(
  mergeClusters: boolean,
  boards: readonly Snapshot[],
  lanes: readonly MeetingLaneTemplate[] = TEMPLATE_LANES,
): MeetingSnapshot {
  return combineMeeting({
    meeting: { id: "m", title: "ALMA visit" },
    groups: boards.map((snapshot) => ({
      name: snapshot.board.title,
      boardId: snapshot.board.id,
      snapshot,
    })),
    lanes,
    mergeClusters,
    now: MEETING_NOW,
  });
}

/**
 * Every bullet of one-line notes as "priority / group / text", the group read from the "###"
 * section it stands in, or from its " — group" ending under a merged cluster.
 */
export function markdownBullets(markdown: string): string[] {
  const out: string[] = [];
  let lane = "";
  let group = "";
  let merged = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("## ")) [lane, group, merged] = [line.slice(3), "", false];
    if (line.startsWith("### ")) [group, merged] = [unescapeMarkdown(line.slice(4)), false];
    // A cluster's bullet: before any group's heading, it is one merged from several groups.
    if (line.startsWith("- **")) {
      merged = group === "";
      continue;
    }
    if (line.startsWith("- ")) merged = false;
    else if (!line.startsWith("  - ")) continue;
    const text = unescapeMarkdown(line.replace(/^\s*- /, "").replace(/ \(\d+ votes?\)$/, ""));
    const at = text.lastIndexOf(" — ");
    out.push(
      merged
        ? `${lane} / ${text.slice(at + 3)} / ${text.slice(0, at)}`
        : `${lane} / ${group} / ${text}`,
    );
  }
  return out;
}
