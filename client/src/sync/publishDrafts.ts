import {
  addNote,
  INBOX_LANE_ID,
  LANE_FIELDS,
  lanesMap,
  notesMap,
  readBoard,
  readLanes,
} from "@roundtable/shared";
import * as Y from "yjs";

export type PublishResult = {
  /** Drafts now on the board: added now, or already there from an earlier publish. */
  published: string[];
  /** Drafts the board refused; they stay private, nothing is lost. */
  failed: string[];
};

/**
 * Copies every private draft into the board as `author`'s note: same id, lane, text, colour and
 * creation time, at the end of its lane in the order the drafts had (which is where they were
 * shown: after the lane's shared notes). A draft whose id the board already holds was published
 * before, so publishing twice never duplicates a note. One transaction, not tracked by undo.
 */
export function publishDrafts(drafts: Y.Doc, board: Y.Doc, author: string): PublishResult {
  const result: PublishResult = { published: [], failed: [] };
  const laneIds = new Set(readLanes(board).map((lane) => lane.id));
  const notes = notesMap(board);
  board.transact(() => {
    for (const draft of readBoard(drafts).notes) {
      if (notes.has(draft.id)) {
        result.published.push(draft.id);
        continue;
      }
      try {
        addNote(
          board,
          {
            id: draft.id,
            lane: laneIds.has(draft.lane) ? draft.lane : INBOX_LANE_ID,
            text: draft.text,
            color: draft.color,
            author,
            ...(draft.createdAt !== null && { createdAt: draft.createdAt }),
          },
          "import",
        );
        result.published.push(draft.id);
      } catch {
        result.failed.push(draft.id);
      }
    }
  }, "import");
  return result;
}

/** Removes drafts (once they are safely on the board) from the private copy. */
export function forgetDrafts(drafts: Y.Doc, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const notes = notesMap(drafts);
  drafts.transact(() => {
    for (const id of ids) notes.delete(id);
  }, "import");
}

/**
 * Gives the drafts copy the board's lanes, so the shared note operations accept the same lane
 * ids there. Only ids and order matter; the copy's lanes are never shown or sent anywhere.
 */
export function mirrorLanes(board: Y.Doc, drafts: Y.Doc): void {
  const target = lanesMap(drafts);
  const missing = readLanes(board).filter((lane) => !target.has(lane.id));
  if (missing.length === 0) return;
  drafts.transact(() => {
    for (const lane of missing) {
      const copy = new Y.Map<unknown>();
      copy.set(LANE_FIELDS.title, lane.title);
      copy.set(LANE_FIELDS.order, lane.order);
      target.set(lane.id, copy);
    }
  }, "migration");
}
