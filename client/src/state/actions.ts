import {
  addNote as addNoteOp,
  deleteNote as deleteNoteOp,
  editNoteText,
  mayRestore,
  moveNote as moveNoteOp,
  renameBoard as renameBoardOp,
  renameLane as renameLaneOp,
  setNoteColor,
} from "@roundtable/shared";
import { setPresence } from "../sync/presence";
import { outsideUndo } from "../sync/undo";
import { useBoardStore } from "./boardStore";
import { useControlStore } from "./controlStore";
import { noteColorFor } from "./identity";
import { writesPrivately } from "./permissions";
import { type Place, placeWithin } from "./placement";
import { restorer } from "./trashActions";
import { useUiStore } from "./uiStore";
import { docFor, isDraft, notify, readOnlyNow, run, write } from "./write";

/** A note just added and not yet typed in: its first words belong to the same undo step. */
let freshNote: string | null = null;

/**
 * Adds an empty note at the end of a lane and opens it for typing. While the facilitator keeps
 * writing private, it goes into this laptop's drafts instead of the board.
 */
export function addNote(lane: string): string | undefined {
  const id = write(({ board, drafts, identity }) => {
    if (!identity) return undefined;
    const { role, control } = useControlStore.getState();
    const doc = writesPrivately(role, control) && drafts ? drafts.doc : board.doc;
    return addNoteOp(doc, { lane, author: identity.id, color: noteColorFor(identity.id) });
  });
  if (id) startEditing(id);
  freshNote = id ?? null;
  return id;
}

export function editText(id: string, text: string): void {
  write((session) => {
    // One Undo removes a new note, however long its author paused before typing.
    if (freshNote === id) session.undo.continueLastStep();
    freshNote = null;
    editNoteText(docFor(session, id), id, text);
  });
}

export function moveNote(id: string, lane: string, position: Place): void {
  freshNote = null;
  write((session) =>
    moveNoteOp(docFor(session, id), id, { lane, ...placeWithin(isDraft(id), position, isDraft) }),
  );
}

export function setColor(id: string, color: string): void {
  freshNote = null;
  write((session) => setNoteColor(docFor(session, id), id, color));
}

/**
 * Moves a note to the board's trash ("Deleted notes"), saying who deleted it. Only its author
 * and the facilitator may bring it back, so deleting someone else's note is not an Undo step.
 */
export function deleteNote(id: string): void {
  const note = useBoardStore.getState().notes[id];
  const draft = isDraft(id);
  const restorable = draft || mayRestore({ author: note?.author ?? null }, restorer());
  const done = write((session) => {
    const doc = docFor(session, id);
    const trash = { deletedBy: session.identity?.id ?? null };
    if (restorable) deleteNoteOp(doc, id, "local", trash);
    else outsideUndo(doc, () => deleteNoteOp(doc, id, "local", trash));
    return true;
  });
  if (!done) return;
  if (useUiStore.getState().editingId === id) stopEditing();
  useUiStore.setState({ deleted: { id, text: note?.text ?? "", draft, restorable } });
}

export function renameLane(lane: string, input: { title?: string; subtitle?: string }): void {
  write(({ board }) => renameLaneOp(board.doc, lane, input));
}

/** The facilitator renames the board; everyone's header, and every export, follows. */
export function renameBoard(title: string): void {
  write(({ board }) => renameBoardOp(board.doc, title));
}

export function undo(): void {
  write(({ undo }) => undo.undo());
  useUiStore.setState({ deleted: null });
}

export function redo(): void {
  write(({ undo }) => undo.redo());
}

export function startEditing(id: string): void {
  const reason = readOnlyNow();
  if (reason) {
    notify(reason);
    return;
  }
  useUiStore.setState({ editingId: id });
  run(({ board, identity }) => identity && setPresence(board.awareness, { editing: id }));
}

/**
 * Closes the open note. A note closed with no words is removed: a new one as if it was never
 * added (its creation and removal are one step, nothing to undo), an emptied one as deleted.
 */
export function stopEditing(): void {
  const closing = useUiStore.getState().editingId;
  const fresh = freshNote === closing;
  freshNote = null;
  useUiStore.setState({ editingId: null });
  const text = closing ? useBoardStore.getState().notes[closing]?.text : undefined;
  if (closing && text !== undefined && text.trim() === "") {
    if (fresh) run((session) => session.undo.discardLastStep());
    else deleteNote(closing);
  }
  run(({ board, identity }) => identity && setPresence(board.awareness, { editing: null }));
}

let draggingSoon: ReturnType<typeof setTimeout> | undefined;

/**
 * Tells the others which note this person drags, just after the pickup: presence is encoded
 * and sent at once, and the frame that picks the note up has enough to do on a large board.
 */
export function setDragging(id: string | null): void {
  clearTimeout(draggingSoon);
  const tell = () =>
    run(({ board, identity }) => identity && setPresence(board.awareness, { dragging: id }));
  if (id === null) tell();
  else draggingSoon = setTimeout(tell, 0);
}

export function dismissNotice(): void {
  useUiStore.setState({ notice: null });
}
