import { INBOX_LANE_ID } from "@roundtable/shared";
import { useEffect } from "react";
import { addNote, redo, undo } from "../state/actions";
import { currentPermissions } from "../state/useFacilitation";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "SELECT"].includes(target.tagName))
  );
}

/**
 * Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo this person's changes, also while typing in
 * a note, whose text lives in the shared document rather than in the text box. "N" adds a note
 * to the lane that has the focus, or to the inbox.
 */
export function useBoardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // All of them change the board: none while the lock or a viewer's role forbids that.
      if (!currentPermissions().edit) return;
      const mod = event.ctrlKey || event.metaKey;
      if (
        mod &&
        !event.altKey &&
        (event.key === "z" || event.key === "Z") &&
        !isTyping(event.target)
      ) {
        event.preventDefault();
        if (event.shiftKey) redo();
        else undo();
        return;
      }
      if (mod && event.key === "y" && !isTyping(event.target)) {
        event.preventDefault();
        redo();
        return;
      }
      const inNote = event.target instanceof HTMLTextAreaElement;
      if (
        !mod &&
        !event.altKey &&
        (event.key === "n" || event.key === "N") &&
        !inNote &&
        !isTyping(event.target)
      ) {
        const lane =
          (event.target instanceof HTMLElement &&
            event.target.closest<HTMLElement>("[data-lane]")?.dataset.lane) ||
          INBOX_LANE_ID;
        event.preventDefault();
        addNote(lane);
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
