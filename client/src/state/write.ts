import { isBoardOpError } from "@roundtable/shared";
import { t } from "../i18n/i18n";
import { useBoardStore } from "./boardStore";
import { useControlStore } from "./controlStore";
import { readOnlyReason } from "./permissions";
import { currentSession, type Session } from "./session";
import { useUiStore } from "./uiStore";

/** Tells the person on this screen why something did not happen. */
export function notify(notice: string): void {
  useUiStore.setState({ notice });
}

/** Runs `action` on the open session; a refusal becomes a notice, never a crash. */
export function run<T>(action: (session: Session) => T): T | undefined {
  const session = currentSession();
  if (!session) return undefined;
  try {
    return action(session);
  } catch (error) {
    const message = isBoardOpError(error) ? error.message : String(error);
    notify(t("state:error.didNotWork", { message }));
    return undefined;
  }
}

/** Why this screen may not change the board right now, or null when it may. */
export function readOnlyNow(): string | null {
  const { role, control } = useControlStore.getState();
  return readOnlyReason(role, control);
}

/** Like `run`, for changes to the board: refused with a notice while read-only or locked. */
export function write<T>(action: (session: Session) => T): T | undefined {
  const reason = readOnlyNow();
  if (reason) {
    notify(reason);
    return undefined;
  }
  return run(action);
}

/** Whether a note is one of this person's private drafts. */
export function isDraft(noteId: string | null | undefined): boolean {
  return noteId != null && useBoardStore.getState().notes[noteId]?.draft === true;
}

/** The document that holds a note: the private drafts for a draft, else the board. */
export function docFor(session: Session, noteId: string): Session["board"]["doc"] {
  return isDraft(noteId) && session.drafts ? session.drafts.doc : session.board.doc;
}
