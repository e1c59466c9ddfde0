import type { BoardState, Note } from "@roundtable/shared";
import { watchBoard, watchTrash } from "../sync/board";
import type { DocConnection } from "../sync/connection";
import type { Drafts } from "../sync/drafts";
import { watchPeople } from "../sync/presence";
import type { Undo } from "../sync/undo";
import { initialBoardStore, reconcile, useBoardStore } from "./boardStore";
import { currentSession } from "./session";
import { useTrashStore } from "./trashStore";

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

/**
 * The one bridge from the board's documents into the store: copies the board (with this
 * person's private drafts mixed in), the people, the connection state and what undo can do into
 * the store whenever they change. Returns the unbinding.
 */
export function bindBoard(board: DocConnection, drafts: Drafts | null, undo: Undo): () => void {
  useBoardStore.setState(initialBoardStore, true);
  let shared: BoardState | null = null;
  let draftNotes: readonly Note[] = [];
  const refresh = () => {
    if (!shared) return;
    const state = useBoardStore.getState();
    const visible = withoutOthersEmptyNotes(shared, currentSession()?.identity?.id ?? null);
    // Loaded once real lanes arrived (from this browser's copy or the server): until then
    // the reader only has the inbox it adds to any board.
    useBoardStore.setState({
      ...reconcile(state, visible, draftNotes),
      loaded: state.loaded || shared.lanes.length > 1,
    });
  };
  const stops = [
    watchBoard(board.doc, (next) => {
      shared = next;
      refresh();
    }),
    drafts
      ? watchBoard(drafts.doc, (next) => {
          draftNotes = next.notes;
          refresh();
        })
      : () => undefined,
    watchTrash(board.doc, (entries) => useTrashStore.setState({ entries })),
    watchPeople(board.awareness, (people) => useBoardStore.setState({ people })),
    board.subscribe((state) => useBoardStore.setState({ connection: state })),
    undo.subscribe(() =>
      useBoardStore.setState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() }),
    ),
  ];
  useBoardStore.setState({ connection: board.state() });
  return () => {
    for (const stop of stops) stop();
  };
}
