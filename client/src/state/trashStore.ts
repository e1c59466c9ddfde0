import type { TrashEntry } from "@roundtable/shared";
import { create } from "zustand";

/** The board's deleted notes, newest first, mirrored from the board document's trash. */
export type TrashStore = { entries: TrashEntry[] };

export const useTrashStore = create<TrashStore>(() => ({ entries: [] }));
