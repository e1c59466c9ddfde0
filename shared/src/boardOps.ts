import type * as Y from "yjs";
import { META_FIELDS, metaMap, type Origin } from "./doc";
import { cleanTitle, requireTimestamp } from "./guards";
import { applyPendingMigrations } from "./migrations";
import { MAX_TITLE } from "./text";

export type InitBoardInput = { title?: string; createdAt?: number };

/**
 * Sets up a new board at the current schema version: meta plus the default lanes. It runs the
 * migrations rather than writing the lanes itself, so a new board and a migrated old board
 * always end up with the same shape. Fields already present are kept.
 */
export function initBoard(doc: Y.Doc, input: InitBoardInput = {}, origin: Origin = "local"): void {
  const title =
    input.title === undefined ? undefined : cleanTitle(input.title, "title", MAX_TITLE, false);
  const createdAt = input.createdAt === undefined ? undefined : requireTimestamp(input.createdAt);
  doc.transact(() => {
    const meta = metaMap(doc);
    if (title !== undefined) meta.set(META_FIELDS.title, title);
    if (createdAt !== undefined && typeof meta.get(META_FIELDS.createdAt) !== "number") {
      meta.set(META_FIELDS.createdAt, createdAt);
    }
    applyPendingMigrations(doc);
  }, origin);
}

/**
 * Renames the board: `meta.title`, trimmed, 1 to MAX_TITLE characters, in one transaction. Every
 * screen, export and API answer reads the title from here, so the new name is everywhere at once.
 * The server takes it only from the facilitator.
 */
export function renameBoard(doc: Y.Doc, title: string, origin: Origin = "local"): void {
  const clean = cleanTitle(title, "title", MAX_TITLE, false);
  doc.transact(() => metaMap(doc).set(META_FIELDS.title, clean), origin);
}

/** @deprecated The earlier name of `renameBoard`. */
export const setBoardTitle = renameBoard;
