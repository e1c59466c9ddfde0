import {
  type GlossaryEntry,
  glossaryMap,
  readGlossary,
  readSteps,
  type Step,
  stepsMap,
} from "@roundtable/shared";
import type * as Y from "yjs";
import { create } from "zustand";

/** The board's next steps, oldest first, mirrored from the board document's `steps`. */
export const useStepsStore = create<{ steps: Step[] }>(() => ({ steps: [] }));

/** The board's glossary by term, mirrored from the board document's `glossary`. */
export const useGlossaryStore = create<{ glossary: ReadonlyMap<string, GlossaryEntry> }>(() => ({
  glossary: new Map(),
}));

/** Follows the steps and the glossary into their stores; returns the unbinding. */
export function watchStepsAndGlossary(doc: Y.Doc): () => void {
  const steps = stepsMap(doc);
  const glossary = glossaryMap(doc);
  const stepsChanged = () => useStepsStore.setState({ steps: readSteps(doc) });
  const glossaryChanged = () => useGlossaryStore.setState({ glossary: readGlossary(doc) });
  steps.observeDeep(stepsChanged);
  glossary.observe(glossaryChanged);
  stepsChanged();
  glossaryChanged();
  return () => {
    steps.unobserveDeep(stepsChanged);
    glossary.unobserve(glossaryChanged);
  };
}
