import { useRef } from "react";
import { useGlossaryStore } from "../../state/stepsStore";
import { NO_ENTRIES, type PickedEntries, pickEntries } from "./pickEntries";

/**
 * The board's glossary entries for `terms` (the acronyms one text uses), following the board:
 * the same object until one of these terms is defined, changed or marked fine, so a change to
 * another term re-renders nothing here.
 */
export function useGlossaryFor(terms: readonly string[]): PickedEntries {
  const last = useRef<PickedEntries>(NO_ENTRIES);
  return useGlossaryStore((s) => {
    last.current = pickEntries(s.glossary, terms, last.current);
    return last.current;
  });
}
