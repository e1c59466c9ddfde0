import * as Y from "yjs";

// The one place that knows the Yjs key names of a board document. Other programs write these
// documents too, so every name here is part of a contract and must never change.

/** The only root types a board document may hold; the server refuses updates that add others. */
export const ROOT_NAMES = [
  "notes",
  "lanes",
  "clusters",
  "meta",
  "trash",
  "steps",
  "glossary",
] as const;

export type RootName = (typeof ROOT_NAMES)[number];

export function isRootName(name: unknown): name is RootName {
  return typeof name === "string" && (ROOT_NAMES as readonly string[]).includes(name);
}

export const NOTE_FIELDS = {
  /** Y.Text so two people typing in the same note merge character by character. */
  text: "text",
  /** Lane id; a plain string so a move is one last-writer-wins write, never a duplicate note. */
  lane: "lane",
  /** Cluster id or absent; absent rather than null so older writers that never set it agree. */
  cluster: "cluster",
  /** Fractional-index key: reordering rewrites one note instead of renumbering the lane. */
  order: "order",
  /** Hex colour; per-note so recolouring never conflicts with text edits. */
  color: "color",
  /** Participant id of the creator, so the board can show who wrote what. */
  author: "author",
  /** Creation time in ms, kept for export and for showing when an idea came up. */
  createdAt: "createdAt",
  /**
   * Vote total the note had on the board it was imported from, kept as history: it is not a
   * vote, takes nothing from anyone's budget, and an export adds it to the live total so that
   * exporting an imported board gives the same counts again.
   */
  priorVotes: "priorVotes",
} as const;

export const LANE_FIELDS = {
  /** Editable heading; the lane id stays fixed so notes keep pointing at it. */
  title: "title",
  /** Short hint under the heading, editable like the title. */
  subtitle: "subtitle",
  /** Fractional-index key of the lane on the board. */
  order: "order",
} as const;

export const CLUSTER_FIELDS = {
  /** Editable heading of the group. */
  title: "title",
  /** Lane the cluster lives in; its notes are kept in the same lane. */
  lane: "lane",
  /** Fractional-index key of the cluster among the lane's clusters. */
  order: "order",
  /** Vote total carried over by an import, kept as history like a note's `priorVotes`. */
  priorVotes: "priorVotes",
} as const;

export const META_FIELDS = {
  /** Board name shown in the header and in board lists. */
  title: "title",
  /** The id of the board this one continues (its next steps came over from there), if any. */
  continues: "continues",
  /** Version the document was last migrated to; absent means version 0. */
  schemaVersion: "schemaVersion",
  /** Creation time in ms. */
  createdAt: "createdAt",
} as const;

export const TRASH_FIELDS = {
  /** The note's text when it was deleted (a plain string: an entry never changes once written). */
  text: "text",
  lane: "lane",
  /** Cluster id the note was in, or null. */
  cluster: "cluster",
  /** That cluster's title, so a restore can bring the cluster back when it is gone. */
  clusterTitle: "clusterTitle",
  color: "color",
  /** The note's author: who may restore it besides the facilitator. */
  author: "author",
  createdAt: "createdAt",
  order: "order",
  priorVotes: "priorVotes",
  /** Participant id of whoever deleted it; null when the server did (a snapshot restore). */
  deletedBy: "deletedBy",
  /** When it was deleted, in ms: entries older than 30 days are purged. */
  deletedAt: "deletedAt",
} as const;

export const STEP_FIELDS = {
  /** What will be done; Y.Text so two people can write it together, as a note's text. */
  text: "text",
  /** Who does it: a name as typed, or one of the people on the board. */
  owner: "owner",
  /** By when, `YYYY-MM-DD`, or absent. */
  due: "due",
  /** "How we'll know": the measure of it being done. */
  measure: "measure",
  done: "done",
  /** The note or cluster it follows from. */
  item: "item",
  /** When it was first set, in ms: carried to the next board, it keeps this. */
  createdAt: "createdAt",
  /** Who first set it (a name), kept when it is carried too. */
  createdBy: "createdBy",
  /** The board it was carried from, when it came over with `continues`. */
  carriedFrom: "carriedFrom",
} as const;

/**
 * Transaction origins. Observers use them to skip echoing their own writes and undo managers
 * track only "local" so a user never undoes someone else's change or a migration.
 */
export const ORIGINS = ["local", "remote", "migration", "import", "server"] as const;

export type Origin = (typeof ORIGINS)[number];

export function isOrigin(value: unknown): value is Origin {
  return typeof value === "string" && (ORIGINS as readonly string[]).includes(value);
}

/** Values are Y.Map for well-formed records, but another program may have stored anything. */
export type RecordMap = Y.Map<unknown>;

export function notesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("notes");
}

export function lanesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("lanes");
}

export function clustersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("clusters");
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("meta");
}

/**
 * Deleted notes: note id → a plain object (see TRASH_FIELDS), never a Y.Map, so an entry is one
 * item that can only be written whole or removed whole, which is what the server checks.
 */
export function trashMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("trash");
}

/** Next steps: step id → Y.Map (see STEP_FIELDS). */
export function stepsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("steps");
}

/**
 * The board's glossary: term → a plain object `{meaning, fine}`, written whole, so the last
 * definition wins as a whole.
 */
export function glossaryMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("glossary");
}

/** The record stored under `id`, or undefined when it is missing or not a map. */
export function recordIn(root: Y.Map<unknown>, id: string): RecordMap | undefined {
  const value = root.get(id);
  return value instanceof Y.Map ? (value as RecordMap) : undefined;
}
