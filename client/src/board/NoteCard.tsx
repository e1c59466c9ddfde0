import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { NOTE_COLOR_NAMES, NOTE_COLORS } from "@roundtable/shared";
import { memo } from "react";
import { deleteNote, setColor, startEditing } from "../state/actions";
import { useBoardStore } from "../state/boardStore";
import { noteName } from "../state/clusterNames";
import { useDropHint } from "../state/clusterUiStore";
import { useUiStore } from "../state/uiStore";
import { usePermissions } from "../state/useFacilitation";
import { EDIT_NOTE, focusAfterDelete } from "../ui/focusSoon";
import { MoveToButton } from "./drag/MoveToButton";
import { DRAG_HANDLE } from "./drag/sensors";
import { NoteEditor } from "./NoteEditor";
import { NoteExtras, privateLabelId } from "./NoteExtras";

/** Name of someone else editing or dragging this note right now, if anyone. */
function useOthersOnNote(id: string): string | null {
  return useBoardStore((s) => s.othersOnNote[id] ?? null);
}

/**
 * One sticky note: its text (or its editor), a drag handle, colour and delete. This part holds
 * what dragging changes (dnd-kit renders every sortable again when a drag starts and each time
 * the pointer crosses into another card); the rest is memoised below it, so on a board of
 * thousands of notes a drag renders a shell per card, not the whole card.
 */
export const NoteCard = memo(function NoteCard({ id }: { id: string }) {
  const color = useBoardStore((s) => s.notes[id]?.color);
  const text = useBoardStore((s) => s.notes[id]?.text);
  const draft = useBoardStore((s) => s.notes[id]?.draft === true);
  const editing = useUiStore((s) => s.editingId === id);
  const can = usePermissions();
  const dropHint = useDropHint(id);
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id, disabled: !can.drag });
  if (text === undefined) return null;
  const label = noteName(text);
  return (
    <li
      ref={setNodeRef}
      className={`${isDragging ? "note dragging" : "note"}${dropHint ? ` drop-${dropHint}` : ""}`}
      style={{ background: color, transform: CSS.Translate.toString(transform), transition }}
      // A pointer drag starts anywhere on the note but its controls; the keyboard uses the handle.
      {...(editing ? {} : listeners)}
    >
      <div className="note-bar">
        <button
          type="button"
          className="handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          {...{ [DRAG_HANDLE]: "" }}
          aria-label={`Move note: ${label}`}
          aria-describedby={`${attributes["aria-describedby"]}${draft ? ` ${privateLabelId(id)}` : ""}`}
          hidden={!can.drag}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <NoteTools id={id} label={label} />
      </div>
      <NoteBody id={id} label={label} />
    </li>
  );
});
NoteCard.displayName = "NoteCard";

/** The note's bar beside its handle: Move to…, who else is on it, its colour and delete. */
const NoteTools = memo(function NoteTools({ id, label }: { id: string; label: string }) {
  const color = useBoardStore((s) => s.notes[id]?.color ?? "");
  const others = useOthersOnNote(id);
  const can = usePermissions();
  return (
    <>
      {can.drag && <MoveToButton subject={{ kind: "note", id }} name={label} />}
      {others && <span className="note-presence">{others}</span>}
      <select
        aria-label="Note colour"
        hidden={!can.edit}
        className="note-color"
        value={color}
        onChange={(event) => setColor(id, event.target.value)}
      >
        {NOTE_COLORS.map((option) => (
          <option key={option} value={option}>
            {NOTE_COLOR_NAMES[option]}
          </option>
        ))}
        {!NOTE_COLORS.includes(color as (typeof NOTE_COLORS)[number]) && (
          <option value={color}>Custom</option>
        )}
      </select>
      <button
        type="button"
        className="quiet"
        aria-label={`Delete note: ${label}`}
        hidden={!can.edit}
        onClick={(event) => {
          const card = event.currentTarget.closest("li.note");
          deleteNote(id);
          focusAfterDelete(card);
        }}
      >
        ✕
      </button>
    </>
  );
});
NoteTools.displayName = "NoteTools";

/** The note's text or its editor, its votes and marks, and its Edit button. */
const NoteBody = memo(function NoteBody({ id, label }: { id: string; label: string }) {
  const note = useBoardStore((s) => s.notes[id]);
  const editing = useUiStore((s) => s.editingId === id);
  const can = usePermissions();
  if (!note) return null;
  const draft = note.draft === true;
  return (
    <>
      {editing && can.edit ? (
        <NoteEditor id={id} text={note.text} />
      ) : (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the Edit button is the keyboard path
        <p className="note-text" onClick={() => can.edit && startEditing(id)}>
          {note.text || <span className="placeholder">Empty note</span>}
        </p>
      )}
      <NoteExtras id={id} label={label} lane={note.lane} draft={draft} />
      {!editing && (
        <button
          type="button"
          className="quiet edit"
          onClick={() => startEditing(id)}
          {...{ [EDIT_NOTE]: id }}
          aria-label={`Edit note: ${label}`}
          aria-describedby={draft ? privateLabelId(id) : undefined}
          hidden={!can.edit}
        >
          Edit
        </button>
      )}
    </>
  );
});
NoteBody.displayName = "NoteBody";
