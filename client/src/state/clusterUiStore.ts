import { create } from "zustand";

/** What a "Move to…" dialog moves: a note or a cluster. */
export type MoveSubject = { kind: "note" | "cluster"; id: string };

/**
 * What a drop would do where the pointer is, for the card it lands on: `group` makes a new
 * cluster with a note, `join` puts the note in a cluster, `before` and `after` place it next to
 * a note or a cluster. `target` is the droppable's id (a note id, or "cluster:<id>").
 */
export type DropHint = { target: string; look: "group" | "join" | "before" | "after" };

/** Screen-only state of grouping notes into clusters: never shared, never stored. */
export type ClusterUiStore = {
  /** Whose "Move to…" dialog is open. */
  moveTo: MoveSubject | null;
  dropHint: DropHint | null;
  /** The last cluster or move result, for the live region. */
  announcement: string;
};

export const useClusterUi = create<ClusterUiStore>(() => ({
  moveTo: null,
  dropHint: null,
  announcement: "",
}));

export function setDropHint(hint: DropHint | null): void {
  const now = useClusterUi.getState().dropHint;
  if (now?.target === hint?.target && now?.look === hint?.look) return;
  useClusterUi.setState({ dropHint: hint });
}

/** The hint's look when it is for `target`, else null: a card re-renders only for its own. */
export function useDropHint(target: string): DropHint["look"] | null {
  return useClusterUi((s) => (s.dropHint?.target === target ? s.dropHint.look : null));
}

export function announce(message: string): void {
  // A repeated message must still be spoken: clear first, then set a moment later.
  useClusterUi.setState({ announcement: "" });
  setTimeout(() => useClusterUi.setState({ announcement: message }), 50);
}

export function openMoveTo(subject: MoveSubject): void {
  useClusterUi.setState({ moveTo: subject });
}

export function closeMoveTo(): void {
  useClusterUi.setState({ moveTo: null });
}
