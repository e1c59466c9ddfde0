// What an import would add to a board: the parsers build it, `applyImport` writes it. Keeping
// the two apart lets the import dialog show what will happen (and which lines were skipped)
// before anything changes.

export type ImportedNote = {
  text: string;
  color?: string;
  /** Participant id on the board the note came from. */
  author?: string | null;
  /** That participant's name there, for the importing side to register in its people. */
  authorName?: string | null;
  /** Creation time in ms; the time of the import when absent. */
  createdAt?: number | null;
  /** Vote total the note had where it came from, kept as history (see NOTE_FIELDS.priorVotes). */
  priorVotes?: number | null;
  /** What a step's `item` in the same plan calls this note (its id in a JSON export). */
  ref?: string;
};

export type ImportedCluster = {
  title: string;
  priorVotes?: number | null;
  notes: ImportedNote[];
  /** What a step's `item` in the same plan calls this cluster. */
  ref?: string;
};

/** A next step to add; what is left out takes `addStep`'s defaults. */
export type ImportedStep = {
  text: string;
  owner?: string;
  /** `YYYY-MM-DD` or "". */
  due?: string;
  measure?: string;
  done?: boolean;
  /** The `ref` of a note or cluster of this plan; absent or null for a step of the whole board. */
  item?: string | null;
  /** Kept when it is a valid id not yet used on the board; a new one otherwise. */
  id?: string;
  /** When it was first set, in ms; absent or null: the time of the import (in plan order). */
  createdAt?: number | null;
  createdBy?: string;
  carriedFrom?: string | null;
};

/** A glossary term to define. */
export type ImportedTerm = { term: string; meaning: string };

export type ImportedLane = {
  /** Lane id: inbox, p1..p4, or an id from a JSON export. */
  lane: string;
  title?: string;
  subtitle?: string;
  /** Notes in no cluster. */
  notes: ImportedNote[];
  clusters: ImportedCluster[];
};

export type ImportPlan = {
  /** A title for an untitled board, when the text offers one. */
  title: string | null;
  lanes: ImportedLane[];
  /** Non-empty lines that became neither a note nor a heading, numbered from 1. */
  skipped: { line: number; text: string }[];
  /** Next steps to add, in order. */
  steps?: ImportedStep[];
  /** Terms to define where the board has no meaning for them yet. */
  glossary?: ImportedTerm[];
};

export type ImportFailure = { ok: false; line: number | null; message: string };

export type ParseResult = { ok: true; plan: ImportPlan } | ImportFailure;

/** Most notes one import may add: far more than a workshop writes, far less than a flood. */
export const MAX_IMPORT_NOTES = 5000;

export function importFailure(line: number | null, message: string): ImportFailure {
  return { ok: false, line, message: line === null ? message : `Line ${line}: ${message}` };
}

type NoteHolder = { notes: readonly unknown[]; clusters: readonly { notes: readonly unknown[] }[] };

/** How many notes lanes hold, loose and clustered. */
export function countNotes(lanes: readonly NoteHolder[]): number {
  return lanes.reduce(
    (n, lane) => n + lane.notes.length + lane.clusters.reduce((m, c) => m + c.notes.length, 0),
    0,
  );
}

/** Every note of a plan, lane by lane, each lane's loose notes before its clusters' notes. */
export function planNotes(plan: ImportPlan): ImportedNote[] {
  return plan.lanes.flatMap((lane) => [...lane.notes, ...lane.clusters.flatMap((c) => c.notes)]);
}

/**
 * Participant id → name of the authors a plan names (from a JSON export), so the importing
 * side can list them among the board's people and the notes show who wrote them.
 */
export function importedNames(plan: ImportPlan): Record<string, string> {
  // Built from entries, so an id such as "__proto__" is an ordinary key.
  const names = new Map<string, string>();
  for (const note of planNotes(plan)) {
    if (note.author && note.authorName) names.set(note.author, note.authorName);
  }
  return Object.fromEntries(names);
}
