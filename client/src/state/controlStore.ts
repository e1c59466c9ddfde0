import type { ControlState } from "@roundtable/shared";
import { create } from "zustand";
import { defaultControl } from "../sync/control";

/** Who this screen is: the facilitator (holds the key), a participant, or a read-only viewer. */
export type Role = "facilitator" | "participant" | "viewer";

export type ControlStore = {
  /** The facilitator's settings: phase, lock, private writing, timer, votes, roster. */
  control: ControlState;
  role: Role;
  /** This person's id on the board once known (registered, or the local one until then). */
  participantId: string | null;
  /** The server's clock minus this laptop's, in ms. */
  serverOffsetMs: number;
  /**
   * Where `control` came from: nothing yet (defaults), the copy kept from an earlier visit, or
   * the server in this visit.
   */
  source: "defaults" | "cache" | "server";
};

export const DEFAULT_CONTROL: ControlState = defaultControl();

export const initialControlStore: ControlStore = {
  control: DEFAULT_CONTROL,
  role: "participant",
  participantId: null,
  serverOffsetMs: 0,
  source: "defaults",
};

/** Select single values, e.g. `useControlStore((s) => s.control.phase)`. */
export const useControlStore = create<ControlStore>(() => initialControlStore);

/** The server's clock now (ms), for countdowns every laptop agrees on. */
export function serverNow(): number {
  return Date.now() + useControlStore.getState().serverOffsetMs;
}

/**
 * Why this screen may not change the board right now, or null when it may: viewers never,
 * participants not while the facilitator has locked the board.
 */
export function readOnlyReason(
  state: Pick<ControlStore, "role" | "control"> = useControlStore.getState(),
): string | null {
  if (state.role === "viewer") return "This is a read-only view";
  if (state.role === "participant" && state.control.locked) return "The board is locked";
  return null;
}

/** Whether new notes stay private on this laptop for now. */
export function writesPrivately(
  state: Pick<ControlStore, "role" | "control"> = useControlStore.getState(),
): boolean {
  return state.role !== "viewer" && state.control.privateWriting;
}
