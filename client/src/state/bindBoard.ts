import { watchBoard } from "../sync/board";
import { type BoardConnection, connectBoard } from "../sync/connection";
import { setPresence, watchPeople } from "../sync/presence";
import { createUndo, type Undo } from "../sync/undo";
import { initialBoardStore, reconcile, useBoardStore } from "./boardStore";
import type { Identity } from "./identity";

export type OpenBoard = { connection: BoardConnection; undo: Undo; identity: Identity };

let open: OpenBoard | null = null;

/** The board this page has open, for actions; null before joining. */
export function currentBoard(): OpenBoard | null {
  return open;
}

/**
 * The one bridge from Yjs into the store: opens the board's connection and copies the board,
 * the people and the connection state into the store whenever they change. Returns the close.
 */
export function bindBoard(boardId: string, identity: Identity): () => void {
  const connection = connectBoard(boardId);
  const undo = createUndo(connection.doc);
  open = { connection, undo, identity };
  useBoardStore.setState(initialBoardStore, true);
  setPresence(connection.awareness, { ...identity, editing: null, dragging: null });

  const stops = [
    watchBoard(connection.doc, (board) => {
      const state = useBoardStore.getState();
      // Loaded once real lanes arrived (from this browser's copy or the server): until then
      // the reader only has the inbox it adds to any board.
      useBoardStore.setState({
        ...reconcile(state, board),
        loaded: state.loaded || board.lanes.length > 1,
      });
    }),
    watchPeople(connection.awareness, (people) => useBoardStore.setState({ people })),
    connection.subscribe((state) => useBoardStore.setState({ connection: state })),
    undo.subscribe(() =>
      useBoardStore.setState({ canUndo: undo.canUndo(), canRedo: undo.canRedo() }),
    ),
  ];
  useBoardStore.setState({ connection: connection.state() });
  return () => {
    for (const stop of stops) stop();
    undo.destroy();
    connection.destroy();
    if (open?.connection === connection) open = null;
  };
}
