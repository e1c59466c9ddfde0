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
