import { create } from "zustand";

/** State of this screen only: never shared, never stored in the board. */
export type UiStore = {
  /** The note whose text box is open on this screen. */
  editingId: string | null;
  /** Projector mode: larger text for the back of the room. */
  largeText: boolean;
  /**
   * The last note this person deleted, offered back for a few seconds when they may restore it
   * (their own, or any as the facilitator; a private draft by Undo).
   */
  deleted: { id: string; text: string; draft: boolean; restorable: boolean } | null;
  /** A short message for everyone using this screen, e.g. why an action did not work. */
  notice: string | null;
  /** Whether the invite strip is open; null until this person toggles it (then it follows the role). */
  inviteOpen: boolean | null;
  /** The lane a narrow screen (a phone) shows; wider screens show every lane. */
  shownLane: string;
  /** Whether the header's menu is open (on a narrow screen; wider ones show the toolbar). */
  menuOpen: boolean;
  /** Whether a narrow screen shows the facilitator's controls under the phases. */
  controlsOpen: boolean;
  /** Whether the facilitator shows the room's screen (the board fitted, the way in, the timer). */
  presenting: boolean;
};

/** A phone-sized screen, upright or sideways (the sizes of narrow.css), with little room to spare. */
export function isNarrowScreen(): boolean {
  return window.matchMedia?.("(max-width: 767px), (max-height: 600px)").matches ?? false;
}

export const useUiStore = create<UiStore>(() => ({
  editingId: null,
  largeText: localStorage.getItem("roundtable:largeText") === "1",
  deleted: null,
  notice: null,
  inviteOpen: null,
  shownLane: "inbox",
  menuOpen: false,
  controlsOpen: false,
  presenting: false,
}));

export function showLane(lane: string): void {
  useUiStore.setState({ shownLane: lane });
}

export function setLargeText(on: boolean): void {
  localStorage.setItem("roundtable:largeText", on ? "1" : "0");
  useUiStore.setState({ largeText: on });
}
