import { snapshotItems } from "../export/itemLabels";
import { orderedLane, prettyJson } from "../export/json";
import { roomOrder } from "../export/roomOrder";
import { stepsInItemOrder } from "../export/steps";
import {
  type Snapshot,
  type SnapshotCluster,
  type SnapshotNote,
  type SnapshotStep,
  type SnapshotTerm,
  snapshotGlossary,
  snapshotSteps,
} from "../snapshot";

// A meeting's groups each work on a board of their own with the same lanes. The facilitator's
// download combines the groups' snapshots into one picture organised by priority: each lane
// holds every group's clusters and notes, groups in meeting order, and each note says which
// group wrote it. Every format (JSON, Markdown, CSV) renders from this one picture.
//
// Next steps come group by group in meeting order, each group's in its board's room order
// (export/steps.ts), each naming its group; a step of a cluster merged into another group's
// names the cluster it was merged into. The glossaries are merged: every defined term once per
// distinct meaning, alphabetically.

/** Bump when the JSON shape changes. */
export const MEETING_SCHEMA_VERSION = 1;

export type MeetingGroupSnapshot = { name: string; boardId: string; snapshot: Snapshot };

export type MeetingLaneTemplate = { id: string; title: string; subtitle: string };

export type CombineInput = {
  meeting: { id: string; title: string };
  /** The groups in meeting order, each with its board's snapshot. */
  groups: readonly MeetingGroupSnapshot[];
  /** The meeting template's lanes in order; lanes only some boards have follow, in order of first appearance. */
  lanes: readonly MeetingLaneTemplate[];
  mergeClusters: boolean;
  /** Export time in ms; Date.now() when omitted. */
  now?: number;
};

export type MeetingNote = SnapshotNote & { group: string };

export type MeetingCluster = {
  id: string;
  title: string;
  /** Summed over the merged clusters whose votes are shown; null when none are. */
  votes: number | null;
  /** The distinct names of the groups it came from, in meeting order. */
  groups: string[];
  notes: MeetingNote[];
};

export type MeetingLane = {
  id: string;
  title: string;
  subtitle: string;
  clusters: MeetingCluster[];
  /** Every group's notes in no cluster. */
  notes: MeetingNote[];
};

/** A group's next step; `item` is the id of its note or cluster in this meeting's lanes. */
export type MeetingStep = SnapshotStep & { group: string };

export type MeetingSnapshot = {
  schemaVersion: number;
  kind: "meeting";
  meeting: {
    id: string;
    title: string;
    exportedAt: string;
    clustersMerged: boolean;
    groups: { name: string; boardId: string; title: string }[];
  };
  lanes: MeetingLane[];
  steps: MeetingStep[];
  glossary: SnapshotTerm[];
};

/** A lane being filled, with its merge candidates by comparable title. */
type LaneBuild = { lane: MeetingLane; byTitle: Map<string, MeetingCluster> };

/** Titles that merge: equal after trimming, collapsing whitespace and ignoring case. */
function mergeKey(title: string): string {
  return title.trim().replace(/\s+/g, " ").toLowerCase();
}

function sumVotes(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : a + b;
}

function isoTime(ms: number): string {
  const date = new Date(ms);
  return (Number.isNaN(date.getTime()) ? new Date(0) : date).toISOString();
}

/** Field by field, so the JSON keeps its key order and nothing a snapshot smuggled in. */
function meetingNote(note: SnapshotNote, group: string): MeetingNote {
  return {
    id: note.id,
    text: note.text,
    votes: note.votes,
    author: note.author,
    authorName: note.authorName,
    color: note.color,
    createdAt: note.createdAt,
    group,
  };
}

/** The template's lanes in order, then lanes only boards have, titled by the first such board. */
function emptyLanes(input: CombineInput): Map<string, LaneBuild> {
  const lanes = new Map<string, LaneBuild>();
  const add = ({ id, title, subtitle }: MeetingLaneTemplate) => {
    if (lanes.has(id)) return;
    lanes.set(id, { lane: { id, title, subtitle, clusters: [], notes: [] }, byTitle: new Map() });
  };
  for (const lane of input.lanes) add(lane);
  for (const group of input.groups) for (const lane of group.snapshot.lanes) add(lane);
  return lanes;
}

/** Adds a group's cluster to the lane; returns the id of the cluster it went into. */
function addCluster(
  build: LaneBuild,
  cluster: SnapshotCluster,
  group: string,
  merge: boolean,
): string {
  const notes = cluster.notes.map((note) => meetingNote(note, group));
  const key = merge ? mergeKey(cluster.title) : "";
  const first = key === "" ? undefined : build.byTitle.get(key);
  if (first === undefined) {
    const { id, title, votes } = cluster;
    const created: MeetingCluster = { id, title, votes, groups: [group], notes };
    build.lane.clusters.push(created);
    if (key !== "") build.byTitle.set(key, created);
    return id;
  }
  if (!first.groups.includes(group)) first.groups.push(group);
  first.notes.push(...notes);
  first.votes = sumVotes(first.votes, cluster.votes);
  return first.id;
}

/** A group's steps in its board's room order, naming the group and the merged cluster. */
function groupSteps(
  snapshot: Snapshot,
  group: string,
  mergedInto: ReadonlyMap<string, string>,
): MeetingStep[] {
  const steps = snapshotSteps(snapshot);
  if (steps.length === 0) return [];
  const items = snapshotItems(() => "", snapshot);
  return stepsInItemOrder(steps, items).map(({ step }) => {
    const item = step.item === null ? null : (mergedInto.get(step.item) ?? step.item);
    return { ...step, item, group };
  });
}

/** Every group's defined terms, once per term and meaning, by term, then meaning. */
function mergedGlossary(groups: readonly MeetingGroupSnapshot[]): SnapshotTerm[] {
  const seen = new Set<string>();
  const terms: SnapshotTerm[] = [];
  for (const { snapshot } of groups) {
    for (const { term, meaning } of snapshotGlossary(snapshot)) {
      if (meaning.trim() === "") continue;
      const key = JSON.stringify([term, meaning.trim()]);
      if (seen.has(key)) continue;
      seen.add(key);
      terms.push({ term, meaning });
    }
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return terms.sort((a, b) => order(a.term, b.term) || order(a.meaning, b.meaning));
}

/** The groups' snapshots as one meeting result, organised by priority (see the types above). */
export function combineMeeting(input: CombineInput): MeetingSnapshot {
  const lanes = emptyLanes(input);
  const steps: MeetingStep[] = [];
  for (const { name, snapshot } of input.groups) {
    const mergedInto = new Map<string, string>();
    for (const lane of snapshot.lanes) {
      const build = lanes.get(lane.id);
      if (build === undefined) continue;
      for (const cluster of lane.clusters) {
        const into = addCluster(build, cluster, name, input.mergeClusters);
        if (into !== cluster.id) mergedInto.set(cluster.id, into);
      }
      build.lane.notes.push(...lane.notes.map((note) => meetingNote(note, name)));
    }
    steps.push(...groupSteps(snapshot, name, mergedInto));
  }
  return {
    schemaVersion: MEETING_SCHEMA_VERSION,
    kind: "meeting",
    meeting: {
      id: input.meeting.id,
      title: input.meeting.title,
      exportedAt: isoTime(input.now ?? Date.now()),
      clustersMerged: input.mergeClusters,
      groups: input.groups.map(({ name, boardId, snapshot }) => ({
        name,
        boardId,
        title: snapshot.board.title,
      })),
    },
    lanes: [...lanes.values()].map((build) => build.lane),
    steps,
    glossary: mergedGlossary(input.groups),
  };
}

/**
 * The meeting result as pretty JSON (two spaces, trailing newline), like a board's: in the
 * room's order, each lane with its `items`.
 */
export function meetingToJson(snapshot: MeetingSnapshot): string {
  const lanes = roomOrder<MeetingLane>(snapshot.lanes).map(({ lane, items }) =>
    orderedLane(lane, items),
  );
  return prettyJson({ ...snapshot, lanes });
}
