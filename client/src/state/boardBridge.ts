import { type BoardState, type Cluster, INBOX_LANE_ID, type Note } from "@roundtable/shared";
import { followBoard } from "../sync/boardReader";
import type { DocConnection } from "../sync/connection";
import { patchContent } from "./boardPatch";
import { type BoardNote, reconcile, useBoardStore } from "./boardStore";
import { hintChangedNotes } from "./noteListeners";
import { currentSession } from "./session";

type BoardDoc = DocConnection["doc"];

/**
 * A note nobody has written in yet is its author's alone: the others see it once it holds a
 * word, so an added-then-abandoned note never flashes on every screen (or a projector).
 */
export function withoutOthersEmptyNotes(board: BoardState, me: string | null): BoardState {
  if (!board.notes.some((note) => note.text.trim() === "" && note.author !== me)) return board;
  return {
    ...board,
    notes: board.notes.filter((note) => note.text.trim() !== "" || note.author === me),
  };
}

/** A private draft as the board shows it: in its lane (the inbox when unknown), in no cluster. */
function shownDraft(draft: Note, lanes: ReadonlySet<string>): BoardNote {
  const lane = lanes.has(draft.lane) ? draft.lane : INBOX_LANE_ID;
  return { ...draft, lane, cluster: null, draft: true };
}

/**
 * Follows the board document (with this person's private drafts mixed in) into the store's
 * board part. A transaction that only changed some notes' text or colour, or a title, replaces
 * just those objects; one that added, removed or moved something reconciles the board part from
 * the reader's copy (no document is read again); one that changed nothing does nothing.
 * `readAll` reads every record of a document, which happens once per document, on binding.
 * Returns the unbinding.
 */
export function followBoardInStore(
  boardDoc: BoardDoc,
  draftsDoc: BoardDoc | null,
  readAll?: Parameters<typeof followBoard>[2],
): () => void {
  let shared: BoardState | null = null;
  let draftNotes: readonly Note[] = [];
  const me = () => currentSession()?.identity?.id ?? null;
  const reconcileAll = () => {
    if (!shared) return;
    const state = useBoardStore.getState();
    // Loaded once real lanes arrived (from this browser's copy or the server): until then
    // the reader only has the inbox it adds to any board.
    useBoardStore.setState({
      ...reconcile(state, withoutOthersEmptyNotes(shared, me()), draftNotes),
      loaded: state.loaded || shared.lanes.length > 1,
    });
  };
  const patch = (notes: readonly BoardNote[], clusters: readonly Cluster[]) => {
    if (!shared) return;
    const state = useBoardStore.getState();
    const change = { title: shared.title, lanes: shared.lanes, notes, clusters };
    const next = patchContent(state, change, me());
    if (next === null) reconcileAll();
    else if (next !== state) {
      hintChangedNotes(notes.map((note) => note.id));
      useBoardStore.setState(next, true);
    }
  };
  const stops = [
    followBoard(
      boardDoc,
      (change) => {
        shared = change.board;
        if (change.layout) reconcileAll();
        else patch(change.notes, change.clusters);
      },
      readAll,
    ),
    draftsDoc
      ? followBoard(
          draftsDoc,
          (change) => {
            draftNotes = change.board.notes;
            const lanes = new Set(useBoardStore.getState().lanes.map((lane) => lane.id));
            if (change.layout) reconcileAll();
            else
              patch(
                change.notes.map((draft) => shownDraft(draft, lanes)),
                [],
              );
          },
          readAll,
        )
      : () => undefined,
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
