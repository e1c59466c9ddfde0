import {
  clustersMap,
  glossaryMap,
  lanesMap,
  notesMap,
  stepsMap,
  trashMap,
} from "@roundtable/shared";
import * as Y from "yjs";

export type Undo = {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Makes the next change part of the last undo step, however long ago that was. */
  continueLastStep(): void;
  /** Drops the steps of one document, e.g. the drafts once they were published. */
  forget(doc: Y.Doc): void;
  /** Makes the next change a step of its own, however soon it follows the last one. */
  endStep(): void;
  /** Takes the last step back and leaves nothing to redo: as if it was never made. */
  discardLastStep(): void;
  subscribe(listener: () => void): () => void;
  destroy(): void;
};

const EVENTS = ["stack-item-added", "stack-item-popped", "stack-cleared"] as const;

/** A transaction's meta key that keeps it out of the undo history. */
const NOT_UNDOABLE = "roundtable:not-undoable";

/**
 * Runs `body` (operations, each its own nested transaction) as one change of this person's that
 * Undo skips: deleting someone else's note, which only its author or the facilitator may bring
 * back, so an Undo must not try (the server would refuse it).
 */
export function outsideUndo<T>(doc: Y.Doc, body: () => T): T {
  let result: T | undefined;
  doc.transact((transaction) => {
    transaction.meta.set(NOT_UNDOABLE, true);
    result = body();
  }, "local");
  return result as T;
}

/**
 * Undo and redo of this person's own changes: only transactions with the "local" origin are
 * tracked, so nobody undoes someone else's note. Typing within half a second is one step.
 *
 * Several documents (the board and the private drafts) share one history: each step is
 * remembered with the document it belongs to, so Undo takes back the latest step wherever it
 * was made.
 */
export function createUndo(docs: readonly Y.Doc[]): Undo {
  const managers = docs.map(
    (doc) =>
      // The trash too, so undoing a delete takes the note out of the trash again.
      new Y.UndoManager(
        [
          notesMap(doc),
          lanesMap(doc),
          clustersMap(doc),
          trashMap(doc),
          stepsMap(doc),
          glossaryMap(doc),
        ],
        {
          trackedOrigins: new Set(["local"]),
          captureTimeout: 500,
          captureTransaction: (transaction) => transaction.meta.get(NOT_UNDOABLE) !== true,
        },
      ),
  );
  // Which manager holds each step, oldest first, for the undo and the redo stack.
  const order = { undo: [] as Y.UndoManager[], redo: [] as Y.UndoManager[] };
  const dropLast = (list: Y.UndoManager[], manager: Y.UndoManager) => {
    const at = list.lastIndexOf(manager);
    if (at >= 0) list.splice(at, 1);
  };
  for (const manager of managers) {
    manager.on("stack-item-added", ({ type, origin }) => {
      order[type].push(manager);
      // A new change (not an undo or redo) ends every document's redo, as in one history.
      if (origin !== manager)
        for (const other of managers) if (other !== manager) other.clear(false, true);
    });
    manager.on("stack-item-popped", ({ type }) => dropLast(order[type], manager));
    manager.on("stack-cleared", ({ undoStackCleared, redoStackCleared }) => {
      if (undoStackCleared) order.undo = order.undo.filter((m) => m !== manager);
      if (redoStackCleared) order.redo = order.redo.filter((m) => m !== manager);
    });
  }
  const latest = (type: "undo" | "redo") => order[type][order[type].length - 1];
  return {
    undo: () => void latest("undo")?.undo(),
    redo: () => void latest("redo")?.redo(),
    canUndo: () => order.undo.length > 0,
    canRedo: () => order.redo.length > 0,
    continueLastStep: () => {
      for (const manager of managers) manager.lastChange = Date.now();
    },
    forget(doc) {
      managers[docs.indexOf(doc)]?.clear();
    },
    endStep: () => {
      for (const manager of managers) manager.stopCapturing();
    },
    discardLastStep: () => {
      const manager = latest("undo");
      if (!manager) return;
      manager.undo();
      manager.clear(false, true);
    },
    subscribe(listener) {
      for (const manager of managers) for (const event of EVENTS) manager.on(event, listener);
      return () => {
        for (const manager of managers) for (const event of EVENTS) manager.off(event, listener);
      };
    },
    destroy: () => {
      for (const manager of managers) manager.destroy();
    },
  };
}
