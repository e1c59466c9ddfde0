import * as Y from "yjs";
import { DEFAULT_BOARD_TITLE, readSchemaVersion } from "./board";
import {
  glossaryMap,
  LANE_FIELDS,
  lanesMap,
  META_FIELDS,
  metaMap,
  type Origin,
  recordIn,
  stepsMap,
  trashMap,
} from "./doc";
import { DEFAULT_LANES } from "./lane";

export type Migration = {
  /** Shown in logs; the leading number is the schema version the migration produces. */
  name: string;
  /** Must only fill in what is missing: two laptops may run it on the same board at once. */
  up(doc: Y.Doc): void;
};

function ensureDefaultLanes(doc: Y.Doc): void {
  const lanes = lanesMap(doc);
  for (const lane of DEFAULT_LANES) {
    let map = recordIn(lanes, lane.id);
    if (!map) {
      map = new Y.Map<unknown>();
      lanes.set(lane.id, map);
    }
    // Fill only missing fields so a renamed lane keeps the name people gave it.
    if (typeof map.get(LANE_FIELDS.title) !== "string") map.set(LANE_FIELDS.title, lane.title);
    if (typeof map.get(LANE_FIELDS.subtitle) !== "string") {
      map.set(LANE_FIELDS.subtitle, lane.subtitle);
    }
    if (typeof map.get(LANE_FIELDS.order) !== "string") map.set(LANE_FIELDS.order, lane.order);
  }
}

function ensureMeta(doc: Y.Doc): void {
  const meta = metaMap(doc);
  if (typeof meta.get(META_FIELDS.title) !== "string")
    meta.set(META_FIELDS.title, DEFAULT_BOARD_TITLE);
  const createdAt = meta.get(META_FIELDS.createdAt);
  if (typeof createdAt !== "number" || !Number.isFinite(createdAt)) {
    meta.set(META_FIELDS.createdAt, Date.now());
  }
}

/** In order; migration i takes a board from version i to version i + 1. */
export const MIGRATIONS: readonly Migration[] = [
  {
    name: "1-default-lanes-and-meta",
    up(doc) {
      ensureDefaultLanes(doc);
      ensureMeta(doc);
    },
  },
  {
    // Deleted notes wait in `trash` for a restore. A root map exists as soon as it is named, so
    // the step only records that this board's readers and writers know the trash.
    name: "2-trash",
    up(doc) {
      trashMap(doc);
    },
  },
  {
    // Next steps and the glossary, each a root map of their own; like the trash, naming them is
    // all it takes, and the version says this board's readers know them.
    name: "3-steps-and-glossary",
    up(doc) {
      stepsMap(doc);
      glossaryMap(doc);
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs what the board still needs inside the caller's transaction; returns the names run. */
export function applyPendingMigrations(doc: Y.Doc): string[] {
  const from = readSchemaVersion(doc);
  // A board written by newer code is left alone rather than downgraded.
  const pending = MIGRATIONS.slice(from);
  for (const migration of pending) migration.up(doc);
  if (pending.length > 0) metaMap(doc).set(META_FIELDS.schemaVersion, SCHEMA_VERSION);
  return pending.map((migration) => migration.name);
}

export function pendingMigrations(doc: Y.Doc): string[] {
  return MIGRATIONS.slice(readSchemaVersion(doc)).map((migration) => migration.name);
}

/**
 * Brings a freshly loaded board up to SCHEMA_VERSION in one transaction with the "migration"
 * origin, so undo ignores it. Returns the names of the migrations run; none on a current board.
 */
export function migrateBoard(doc: Y.Doc): string[] {
  if (pendingMigrations(doc).length === 0) return [];
  let ran: string[] = [];
  const origin: Origin = "migration";
  doc.transact(() => {
    ran = applyPendingMigrations(doc);
  }, origin);
  return ran;
}
