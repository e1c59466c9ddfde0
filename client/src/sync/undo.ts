import { clustersMap, lanesMap, notesMap } from "@roundtable/shared";
import * as Y from "yjs";

export type Undo = {
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Makes the next change part of the last undo step, however long ago that was. */
  continueLastStep(): void;
  /** Makes the next change a step of its own, however soon it follows the last one. */
  endStep(): void;
  subscribe(listener: () => void): () => void;
  destroy(): void;
};

/**
 * Undo and redo of this person's own changes: only transactions with the "local" origin are
 * tracked, so nobody undoes someone else's note. Typing within half a second is one step.
 */
export function createUndo(doc: Y.Doc): Undo {
  const manager = new Y.UndoManager([notesMap(doc), lanesMap(doc), clustersMap(doc)], {
    trackedOrigins: new Set(["local"]),
    captureTimeout: 500,
  });
  return {
    undo: () => void manager.undo(),
    redo: () => void manager.redo(),
    canUndo: () => manager.canUndo(),
    canRedo: () => manager.canRedo(),
    continueLastStep: () => {
      manager.lastChange = Date.now();
    },
    endStep: () => manager.stopCapturing(),
    subscribe(listener) {
      const events = ["stack-item-added", "stack-item-popped", "stack-cleared"] as const;
      for (const event of events) manager.on(event, listener);
      return () => {
        for (const event of events) manager.off(event, listener);
      };
    },
    destroy: () => manager.destroy(),
  };
}
