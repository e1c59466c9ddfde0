import {
  type GlossaryEntry,
  glossaryMap,
  isValidBoardId,
  META_FIELDS,
  metaMap,
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

/** Calls `listener` with the board this one continues (`meta.continues`), or null; returns the stop. */
export function watchContinues(
  doc: Y.Doc,
  listener: (continues: string | null) => void,
): () => void {
  const meta = metaMap(doc);
  let last: string | null | undefined;
  const changed = () => {
    const value = meta.get(META_FIELDS.continues);
    const continues = isValidBoardId(value) ? value : null;
    if (continues === last) return;
    last = continues;
    listener(continues);
  };
  meta.observe(changed);
  changed();
  return () => meta.unobserve(changed);
}
