import { create } from "zustand";

/** State of this screen only: never shared, never stored in the board. */
export type UiStore = {
  /** The note whose text box is open on this screen. */
  editingId: string | null;
  /** Projector mode: larger text for the back of the room. */
  largeText: boolean;
  /** The last note this person deleted, offered back for a few seconds. */
  deleted: { id: string; text: string } | null;
  /** A short message for everyone using this screen, e.g. why an action did not work. */
  notice: string | null;
  /** Whether the invite strip is open; null until this person toggles it (then it follows the role). */
  inviteOpen: boolean | null;
};

export const useUiStore = create<UiStore>(() => ({
  editingId: null,
  largeText: localStorage.getItem("roundtable:largeText") === "1",
  deleted: null,
  notice: null,
  inviteOpen: null,
}));

export function setLargeText(on: boolean): void {
  localStorage.setItem("roundtable:largeText", on ? "1" : "0");
  useUiStore.setState({ largeText: on });
}
