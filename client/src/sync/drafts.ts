import { lanesMap } from "@roundtable/shared";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { mirrorLanes } from "./publishDrafts";

/**
 * Notes written while the facilitator keeps writing private: a document of their own, kept
 * only in this browser's IndexedDB and never connected to the server. It has the board's
 * shape, so the shared note operations work on it unchanged.
 */
export type Drafts = {
  doc: Y.Doc;
  /** Resolves once the drafts kept in this browser are loaded. */
  whenLoaded: Promise<void>;
  isLoaded(): boolean;
  destroy(): void;
};

export const draftsDbName = (boardId: string) => `roundtable-drafts-${boardId}`;

export function openDrafts(boardId: string, board: Y.Doc): Drafts {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(draftsDbName(boardId), doc);
  let loaded = false;
  const whenLoaded = local.whenSynced.then(
    () => {
      loaded = true;
    },
    () => {
      // IndexedDB unavailable (private browsing): drafts live in memory for this visit.
      loaded = true;
    },
  );
  const mirror = () => mirrorLanes(board, doc);
  lanesMap(board).observe(mirror);
  mirror();
  return {
    doc,
    whenLoaded,
    isLoaded: () => loaded,
    destroy() {
      lanesMap(board).unobserve(mirror);
      void local.destroy();
      doc.destroy();
    },
  };
}
