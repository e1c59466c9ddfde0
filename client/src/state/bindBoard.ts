import { watchTrash } from "../sync/board";
import type { DocConnection } from "../sync/connection";
import type { Drafts } from "../sync/drafts";
import { othersOnNotes, watchPeople } from "../sync/presence";
import { watchContinues, watchGlossary, watchSteps } from "../sync/stepsAndGlossary";
import type { Undo } from "../sync/undo";
import { followBoardInStore } from "./boardBridge";
import { initialBoardStore, useBoardStore } from "./boardStore";
import { useContinuesStore, useGlossaryStore, useStepsStore } from "./stepsStore";
import { useTrashStore } from "./trashStore";

/**
 * The one bridge from the board's documents into the store: the board (see
 * followBoardInStore), the trash, next steps and the glossary, the people, the connection state and what undo can do.
 * Returns the unbinding.
 */
export function bindBoard(board: DocConnection, drafts: Drafts | null, undo: Undo): () => void {
  useBoardStore.setState(initialBoardStore, true);
  const stops = [
    followBoardInStore(board.doc, drafts?.doc ?? null),
    watchTrash(board.doc, (entries) => useTrashStore.setState({ entries })),
    watchSteps(board.doc, (steps) => useStepsStore.setState({ steps })),
    watchGlossary(board.doc, (glossary) => useGlossaryStore.setState({ glossary })),
    watchContinues(board.doc, (continues) => useContinuesStore.setState({ continues })),
    watchPeople(board.awareness, (people) =>
      useBoardStore.setState({ people, othersOnNote: othersOnNotes(people) }),
    ),
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
