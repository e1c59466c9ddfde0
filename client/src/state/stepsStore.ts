import type { GlossaryEntry, Step } from "@roundtable/shared";
import { create } from "zustand";

/** The board's next steps, oldest first, mirrored from the board document's `steps`. */
export const useStepsStore = create<{ steps: Step[] }>(() => ({ steps: [] }));

/** The board's glossary by term, mirrored from the board document's `glossary`. */
export const useGlossaryStore = create<{ glossary: ReadonlyMap<string, GlossaryEntry> }>(() => ({
  glossary: new Map(),
}));

/** The board this one continues (its `meta.continues`), or null. */
export const useContinuesStore = create<{ continues: string | null }>(() => ({ continues: null }));
