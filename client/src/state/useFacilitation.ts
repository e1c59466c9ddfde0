import type { ControlState } from "@roundtable/shared";
import { useEffect, useMemo } from "react";
import { stopEditing } from "./actions";
import { useBoardStore } from "./boardStore";
import { useControlStore } from "./controlStore";
import { type Permissions, permissionsFor } from "./permissions";
import { useUiStore } from "./uiStore";
import { votesLeftFor } from "./voteActions";
import { useVotesStore } from "./votesStore";

/** One value of the facilitator's control state; re-renders only when it changes. */
export function useControl<T>(select: (control: ControlState) => T): T {
  return useControlStore((s) => select(s.control));
}

/** What this person may do (`permissions.ts`), following the role, the lock and the phase. */
export function usePermissions(): Permissions {
  const role = useControlStore((s) => s.role);
  const locked = useControl((c) => c.locked);
  const phase = useControl((c) => c.phase);
  return useMemo(() => permissionsFor(role, { locked, phase }), [role, locked, phase]);
}

/** The same, outside React (keyboard shortcuts). */
export function currentPermissions(): Permissions {
  const { role, control } = useControlStore.getState();
  return permissionsFor(role, control);
}

export function useMyVotesOn(itemId: string): number {
  return useVotesStore((s) => s.mine[itemId] ?? 0);
}

/** Votes this person may still place on an item in `lane`; follows votes and settings live. */
export function useVotesLeft(lane: string): number {
  const mine = useVotesStore((s) => s.mine);
  const settings = useControl((c) => c.votes);
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when votes or settings change
  return useMemo(() => votesLeftFor(lane), [mine, settings, lane]);
}

/** A note someone was typing in closes when the lock (or a viewer's role) takes editing away. */
export function useCloseEditorWhenLocked(): void {
  const { edit } = usePermissions();
  // A flag that only turns on while editing is taken away, so opening an editor re-renders
  // nothing that calls this (the board).
  const mustClose = useUiStore((s) => !edit && s.editingId !== null);
  useEffect(() => {
    if (mustClose) stopEditing();
  }, [mustClose]);
}

/** Notes in each lane, for the facilitator's overview. */
export function useNoteCountsByLane(): { id: string; title: string; count: number }[] {
  const lanes = useBoardStore((s) => s.lanes);
  const ids = useBoardStore((s) => s.noteIdsByLane);
  return useMemo(
    () =>
      lanes.map((lane) => ({ id: lane.id, title: lane.title, count: ids[lane.id]?.length ?? 0 })),
    [lanes, ids],
  );
}
