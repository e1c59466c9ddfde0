import {
  addNote as addNoteOp,
  deleteNote as deleteNoteOp,
  editNoteText,
  isBoardOpError,
  moveNote as moveNoteOp,
  renameLane as renameLaneOp,
  setNoteColor,
} from "@roundtable/shared";
import { setPresence } from "../sync/presence";
import { currentBoard, type OpenBoard } from "./bindBoard";
import { useBoardStore } from "./boardStore";
import { noteColorFor } from "./identity";
import { useUiStore } from "./uiStore";

/** Runs a shared operation on the open board; a refusal becomes a notice, never a crash. */
export function run<T>(action: (board: OpenBoard) => T): T | undefined {
  const board = currentBoard();
  if (!board) return undefined;
  try {
    return action(board);
  } catch (error) {
    const message = isBoardOpError(error) ? error.message : String(error);
    useUiStore.setState({ notice: `That did not work: ${message}` });
    return undefined;
  }
}

/** A note just added and not yet typed in: its first words belong to the same undo step. */
let freshNote: string | null = null;

/** Adds an empty note at the end of a lane and opens it for typing. */
export function addNote(lane: string): string | undefined {
  const id = run(({ connection, identity }) =>
    addNoteOp(connection.doc, { lane, author: identity.id, color: noteColorFor(identity.id) }),
  );
  if (id) startEditing(id);
  freshNote = id ?? null;
  return id;
}

export function editText(id: string, text: string): void {
  run(({ connection, undo }) => {
    // One Undo removes a new note, however long its author paused before typing.
    if (freshNote === id) undo.continueLastStep();
    freshNote = null;
    editNoteText(connection.doc, id, text);
  });
}

export function moveNote(id: string, lane: string, position: { before?: string; after?: string }) {
  freshNote = null;
  run(({ connection }) => moveNoteOp(connection.doc, id, { lane, ...position }));
}

/** Moves a note to the end of the lane `step` places to the left (-1) or right (+1). */
export function moveNoteToNeighbourLane(id: string, step: -1 | 1): void {
  const { lanes, notes } = useBoardStore.getState();
  const note = notes[id];
  const index = lanes.findIndex((lane) => lane.id === note?.lane);
  const target = lanes[index + step];
  if (note && target) moveNote(id, target.id, {});
}

export function setColor(id: string, color: string): void {
  run(({ connection }) => setNoteColor(connection.doc, id, color));
}

export function deleteNote(id: string): void {
  const text = useBoardStore.getState().notes[id]?.text ?? "";
  run(({ connection }) => deleteNoteOp(connection.doc, id));
  if (useUiStore.getState().editingId === id) stopEditing();
  useUiStore.setState({ deleted: { id, text } });
}

export function renameLane(lane: string, input: { title?: string; subtitle?: string }): void {
  run(({ connection }) => renameLaneOp(connection.doc, lane, input));
}

export function undo(): void {
  run(({ undo }) => undo.undo());
  useUiStore.setState({ deleted: null });
}

export function redo(): void {
  run(({ undo }) => undo.redo());
}

export function startEditing(id: string): void {
  useUiStore.setState({ editingId: id });
  run(({ connection }) => setPresence(connection.awareness, { editing: id }));
}

export function stopEditing(): void {
  freshNote = null;
  useUiStore.setState({ editingId: null });
  run(({ connection }) => setPresence(connection.awareness, { editing: null }));
}

export function setDragging(id: string | null): void {
  run(({ connection }) => setPresence(connection.awareness, { dragging: id }));
}

export function dismissNotice(): void {
  useUiStore.setState({ notice: null });
}
