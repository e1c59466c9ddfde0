import { type Restorer, restoreNote } from "@roundtable/shared";
import { useControlStore } from "./controlStore";
import { restorerFor } from "./permissions";
import { currentSession } from "./session";
import { useUiStore } from "./uiStore";
import { write } from "./write";

/** Who this screen is when it comes to restoring deleted notes. */
export function restorer(
  state: Pick<
    ReturnType<typeof useControlStore.getState>,
    "role" | "participantId"
  > = useControlStore.getState(),
): Restorer {
  return restorerFor(state.role, state.participantId ?? currentSession()?.identity?.id ?? null);
}

/**
 * Puts a deleted note back on the board from the trash, under its own id, so its votes count
 * again; one Undo step. Answers whether it did.
 */
export function restoreDeletedNote(id: string): boolean {
  const done = write(({ board }) => {
    restoreNote(board.doc, id);
    return true;
  });
  if (done && useUiStore.getState().deleted?.id === id) useUiStore.setState({ deleted: null });
  return done === true;
}
