import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { NOTE_COLOR_NAMES, NOTE_COLORS } from "@roundtable/shared";
import { deleteNote, setColor, startEditing } from "../state/actions";
import { useBoardStore } from "../state/boardStore";
import { noteName } from "../state/clusterNames";
import { useDropHint } from "../state/clusterUiStore";
import { useUiStore } from "../state/uiStore";
import { MoveToButton } from "./MoveToButton";
import { NoteEditor } from "./NoteEditor";

/** Name of someone else editing or dragging this note right now, if anyone. */
function useOthersOnNote(id: string): string | null {
  return useBoardStore((s) => {
    const others = s.people.filter((p) => !p.isSelf && (p.editing === id || p.dragging === id));
    return others.length > 0 ? others.map((p) => p.name).join(", ") : null;
  });
}

/** One sticky note: its text (or its editor), a drag handle, colour and delete. */
export function NoteCard({ id }: { id: string }) {
  const note = useBoardStore((s) => s.notes[id]);
  const editing = useUiStore((s) => s.editingId === id);
  const others = useOthersOnNote(id);
  const dropHint = useDropHint(id);
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id });
  if (!note) return null;
  const label = noteName(note.text);
  return (
    <li
      ref={setNodeRef}
      className={`${isDragging ? "note dragging" : "note"}${dropHint ? ` drop-${dropHint}` : ""}`}
      style={{ background: note.color, transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="note-bar">
        <button
          type="button"
          className="handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={`Move note: ${label}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <MoveToButton subject={{ kind: "note", id }} name={label} />
        {others && <span className="note-presence">{others}</span>}
        <select
          aria-label="Note colour"
          className="note-color"
          value={note.color}
          onChange={(event) => setColor(id, event.target.value)}
        >
          {NOTE_COLORS.map((color) => (
            <option key={color} value={color}>
              {NOTE_COLOR_NAMES[color]}
            </option>
          ))}
          {!NOTE_COLORS.includes(note.color as (typeof NOTE_COLORS)[number]) && (
            <option value={note.color}>Custom</option>
          )}
        </select>
        <button
          type="button"
          className="quiet"
          aria-label={`Delete note: ${label}`}
          onClick={() => deleteNote(id)}
        >
          ✕
        </button>
      </div>
      {editing ? (
        <NoteEditor id={id} text={note.text} />
      ) : (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the Edit button is the keyboard path
        <p className="note-text" onClick={() => startEditing(id)}>
          {note.text || <span className="placeholder">Empty note</span>}
        </p>
      )}
      {!editing && (
        <button
          type="button"
          className="quiet edit"
          onClick={() => startEditing(id)}
          aria-label={`Edit note: ${label}`}
        >
          Edit
        </button>
      )}
    </li>
  );
}
