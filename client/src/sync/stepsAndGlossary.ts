import {
  type GlossaryEntry,
  glossaryMap,
  readGlossary,
  readSteps,
  type Step,
  stepsMap,
} from "@roundtable/shared";
import type * as Y from "yjs";

/** Calls `listener` with the board's next steps now and after every change; returns the stop. */
export function watchSteps(doc: Y.Doc, listener: (steps: Step[]) => void): () => void {
  const steps = stepsMap(doc);
  const changed = () => listener(readSteps(doc));
  steps.observeDeep(changed);
  changed();
  return () => steps.unobserveDeep(changed);
}

/** Calls `listener` with the board's glossary now and after every change; returns the stop. */
export function watchGlossary(
  doc: Y.Doc,
  listener: (glossary: Map<string, GlossaryEntry>) => void,
): () => void {
  const glossary = glossaryMap(doc);
  const changed = () => listener(readGlossary(doc));
  glossary.observe(changed);
  changed();
  return () => glossary.unobserve(changed);
}
