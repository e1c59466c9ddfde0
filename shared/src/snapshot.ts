import type * as Y from "yjs";
import { readBoard } from "./board";
import type { Cluster } from "./cluster";
import { glossaryEntries, readGlossary } from "./glossary/glossary";
import type { Note } from "./note";
import type { Progress } from "./progress/progress";
import { readSteps, type Step } from "./steps/step";

// One plain, self-contained picture of a board for export: every format (JSON, Markdown, CSV)
// renders from it, so they cannot disagree about what the board held.

/** Bump when the JSON shape changes; the importer refuses versions it does not know. */
export const SNAPSHOT_SCHEMA_VERSION = 1;

export type SnapshotNote = {
  id: string;
  text: string;
  /** Live total plus any total carried over by an import; null while votes are hidden. */
  votes: number | null;
  author: string | null;
  authorName: string | null;
  color: string;
  /** ISO 8601, or null when the board does not know. */
  createdAt: string | null;
};

export type SnapshotCluster = {
  id: string;
  title: string;
  /** The cluster's own votes (not its notes'), counted like a note's. */
  votes: number | null;
  notes: SnapshotNote[];
};

export type SnapshotLane = {
  id: string;
  title: string;
  subtitle: string;
  clusters: SnapshotCluster[];
  /** The lane's notes in no cluster. */
  notes: SnapshotNote[];
};

/** A next step as the exports write it (the JSON's `steps`). */
export type SnapshotStep = {
  id: string;
  text: string;
  /** Who does it, as typed; "" when nobody is named. */
  owner: string;
  /** `YYYY-MM-DD`, or "" for no date. */
  due: string;
  /** How the group will know; "" when not said. */
  measure: string;
  done: boolean;
  /** The note or cluster it follows from, or null for a step of the whole board. */
  item: string | null;
  /** ISO 8601, or null when the board does not know. */
  createdAt: string | null;
  /** Who first set it, as a name; "" when not known. */
  createdBy: string;
  /** The board it came over from, or null. */
  carriedFrom: string | null;
};

/** A defined term of the board's glossary. */
export type SnapshotTerm = { term: string; meaning: string };

export type Snapshot = {
  schemaVersion: number;
  board: { id: string; title: string; exportedAt: string };
  lanes: SnapshotLane[];
  /**
   * The board's next steps, oldest first. Absent from snapshots stored before boards had next
   * steps: read them through `snapshotSteps`, which gives [] then.
   */
  steps?: SnapshotStep[];
  /** Defined terms, alphabetically; absent from older stored snapshots (`snapshotGlossary`). */
  glossary?: SnapshotTerm[];
  /**
   * What changed since the board this one continues, in a board's export when it continues one
   * (never in a stored snapshot, which is a moment of one board).
   */
  sinceLastTime?: Progress;
};

export type SnapshotInput = {
  boardId: string;
  /** Vote totals by note or cluster id once revealed; null while hidden: every votes field is null. */
  totals: Readonly<Record<string, number>> | null;
  /** Participant id → name. */
  names: Readonly<Record<string, string>>;
  /** Export time in ms; now when omitted. */
  now?: number;
};

/** A value of a record only when it is the record's own (never "constructor" and friends). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function isoTime(ms: number | null): string | null {
  if (ms === null) return null;
  const date = new Date(ms);
  // Another program may have stored a time no Date can hold; toISOString would throw on it.
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** History from an import plus the live total, or null while totals are hidden. */
function votesFor(input: SnapshotInput, id: string, prior: number | null): number | null {
  if (input.totals === null) return null;
  const live = own(input.totals, id);
  return (typeof live === "number" && Number.isFinite(live) ? live : 0) + (prior ?? 0);
}

function snapshotNote(note: Note, input: SnapshotInput): SnapshotNote {
  const name = note.author === null ? undefined : own(input.names, note.author);
  return {
    id: note.id,
    text: note.text,
    votes: votesFor(input, note.id, note.priorVotes),
    author: note.author,
    authorName: typeof name === "string" ? name : null,
    color: note.color,
    createdAt: isoTime(note.createdAt),
  };
}

function snapshotStep(step: Step): SnapshotStep {
  return {
    id: step.id,
    text: step.text,
    owner: step.owner,
    due: step.due,
    measure: step.measure,
    done: step.done,
    item: step.item === "" ? null : step.item,
    createdAt: isoTime(step.createdAt),
    createdBy: step.createdBy,
    carriedFrom: step.carriedFrom,
  };
}

type Fields = Readonly<Record<string, unknown>>;

function fieldsOf(value: unknown): Fields | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Fields)
    : null;
}

const str = (value: unknown): string => (typeof value === "string" ? value : "");
const strOrNull = (value: unknown): string | null =>
  typeof value === "string" && value !== "" ? value : null;

/**
 * A snapshot's next steps, also of one stored before boards had them (then []). Each field is
 * read tolerantly, as the board document is: a stored snapshot is a file like any other.
 */
export function snapshotSteps(snapshot: Pick<Snapshot, "steps">): SnapshotStep[] {
  const steps: unknown = snapshot.steps;
  if (!Array.isArray(steps)) return [];
  const out: SnapshotStep[] = [];
  for (const value of steps) {
    const step = fieldsOf(value);
    if (step === null || typeof step.id !== "string" || typeof step.text !== "string") continue;
    out.push({
      id: step.id,
      text: step.text,
      owner: str(step.owner),
      due: str(step.due),
      measure: str(step.measure),
      done: step.done === true,
      item: strOrNull(step.item),
      createdAt: strOrNull(step.createdAt),
      createdBy: str(step.createdBy),
      carriedFrom: strOrNull(step.carriedFrom),
    });
  }
  return out;
}

/** A snapshot's glossary, also of one stored before boards had one (then []). */
export function snapshotGlossary(snapshot: Pick<Snapshot, "glossary">): SnapshotTerm[] {
  const glossary: unknown = snapshot.glossary;
  if (!Array.isArray(glossary)) return [];
  const out: SnapshotTerm[] = [];
  for (const value of glossary) {
    const entry = fieldsOf(value);
    if (entry === null || typeof entry.term !== "string") continue;
    out.push({ term: entry.term, meaning: str(entry.meaning) });
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The board as it stands: lanes, clusters and notes in board order, votes as totals, its next
 * steps oldest first and its defined terms alphabetically.
 */
export function snapshotBoard(doc: Y.Doc, input: SnapshotInput): Snapshot {
  const state = readBoard(doc);
  // readBoard returns notes and clusters sorted, so grouping keeps board order.
  const looseByLane = groupBy(state.notes, (note) => (note.cluster === null ? note.lane : null));
  const byCluster = groupBy(state.notes, (note) => note.cluster);
  const clustersByLane = groupBy<Cluster>(state.clusters, (cluster) => cluster.lane);
  const toNote = (note: Note) => snapshotNote(note, input);
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    board: {
      id: input.boardId,
      title: state.title,
      exportedAt: isoTime(input.now ?? Date.now()) ?? new Date(0).toISOString(),
    },
    lanes: state.lanes.map((lane) => ({
      id: lane.id,
      title: lane.title,
      subtitle: lane.subtitle,
      clusters: (clustersByLane.get(lane.id) ?? []).map((cluster) => ({
        id: cluster.id,
        title: cluster.title,
        votes: votesFor(input, cluster.id, cluster.priorVotes),
        notes: (byCluster.get(cluster.id) ?? []).map(toNote),
      })),
      notes: (looseByLane.get(lane.id) ?? []).map(toNote),
    })),
    steps: readSteps(doc).map(snapshotStep),
    glossary: glossaryEntries(readGlossary(doc)).map(({ term, meaning }) => ({ term, meaning })),
  };
}
