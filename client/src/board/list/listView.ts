import { create } from "zustand";

/**
 * Whether this screen shows the board's notes as one list, by priority, instead of the lanes:
 * the way through every note that a screen reader follows best. Remembered on this device.
 */
const KEY = "roundtable:listView";

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

export const useListView = create<{ on: boolean }>(() => ({ on: stored() }));

export function setListView(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? "1" : "0");
  } catch {
    // Storage refused (a private window): the choice holds for this visit.
  }
  useListView.setState({ on });
}
