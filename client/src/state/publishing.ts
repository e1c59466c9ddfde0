import { readBoard } from "@roundtable/shared";
import { t } from "../i18n/i18n";
import { forgetDrafts, publishDrafts } from "../sync/publishDrafts";
import { useBoardStore } from "./boardStore";
import { useControlStore } from "./controlStore";
import { readOnlyReason } from "./permissions";
import type { Session } from "./session";
import { useUiStore } from "./uiStore";

/** Whether it is time to put the private drafts on the board, and nothing stands in the way. */
function revealed(): boolean {
  const state = useControlStore.getState();
  // Defaults are not a reveal: only a control state seen from the server (now or last visit).
  if (state.source === "defaults" || state.control.privateWriting) return false;
  // A locked board waits (the facilitator's own writes are never locked out).
  return readOnlyReason(state.role, state.control) === null;
}

/**
 * Publishes this person's private drafts once the facilitator reveals the notes: when private
 * writing goes off, also when that happened while this laptop was offline or closed (the next
 * control state seen says so), and only once the board is not locked for this person. Drafts
 * are forgotten only after the board's copy in this browser holds them, so a crash in between
 * publishes again, which never duplicates (same ids). Returns the stop.
 */
export function publishWhenRevealed(session: Session): () => void {
  const { drafts } = session;
  if (!drafts || !session.identity) return () => undefined;
  let busy = false;
  let stopped = false;

  async function check() {
    const author = session.identity?.id;
    if (busy || stopped || !drafts || !author || !revealed()) return;
    if (!drafts.isLoaded() || !useBoardStore.getState().loaded) return;
    if (readBoard(drafts.doc).notes.length === 0) return;
    busy = true;
    try {
      const { published, failed } = publishDrafts(drafts.doc, session.board.doc, author);
      await session.board.flushLocal();
      if (stopped) return;
      forgetDrafts(drafts.doc, published);
      session.undo.forget(drafts.doc);
      if (failed.length > 0) {
        useUiStore.setState({ notice: t("state:publish.failed", { count: failed.length }) });
      }
    } catch (error) {
      console.warn("Roundtable: publishing private notes failed, will try again", error);
    } finally {
      busy = false;
    }
  }

  const stops = [
    useControlStore.subscribe(() => void check()),
    useBoardStore.subscribe((state, previous) => {
      if (state.loaded && !previous.loaded) void check();
    }),
  ];
  void drafts.whenLoaded.then(check);
  return () => {
    stopped = true;
    for (const stop of stops) stop();
  };
}
