import { NOTE_COLORS, type NoteColor } from "@roundtable/shared";
import {
  memo,
  type RefObject,
  type SyntheticEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import { deleteNote, setColor, startEditing } from "../state/actions";
import { type BoardNote, useBoardStore } from "../state/boardStore";
import { noteName } from "../state/clusterNames";
import { useDropHint } from "../state/clusterUiStore";
import { useNote } from "../state/noteListeners";
import { useUiStore } from "../state/uiStore";
import { usePermissions } from "../state/useFacilitation";
import { EDIT_NOTE, focusAfterDelete } from "../ui/focusSoon";
import { useWoken } from "../ui/wakeCard";
import { useLightCards } from "./cardDetail";
import { DRAG_INSTRUCTIONS_ID } from "./drag/dragIds";
import { MoveToButton } from "./drag/MoveToButton";
import { type BindingSlot, SortableBinding } from "./drag/SortableBinding";
import { DRAG_HANDLE } from "./drag/sensors";
import { GlossaryMarks } from "./glossary/GlossaryMarks";
import { GlossaryText } from "./glossary/GlossaryText";
import { NoteEditor } from "./NoteEditor";
import { NoteExtras, privateLabelId } from "./NoteExtras";
import { useInSight, useLookAgainOnUpdate } from "./sight/inSight";

/** The catalogue key of each note colour's name, for the colour picker. */
const COLOUR_NAMES = {
  "#fde68a": "note.colours.yellow",
  "#fbcfe8": "note.colours.pink",
  "#bfdbfe": "note.colours.blue",
  "#bbf7d0": "note.colours.green",
  "#fed7aa": "note.colours.orange",
  "#ddd6fe": "note.colours.purple",
} as const satisfies Record<NoteColor, string>;

/** Name of someone else editing or dragging this note right now, if anyone. */
function useOthersOnNote(id: string): string | null {
  return useBoardStore((s) => s.othersOnNote[id] ?? null);
}

/**
 * A press that has not started a drag lets the card's binding go when it ends (the button or
 * finger is lifted, the key released); once a drag starts, the drag holds the binding.
 */
function useReleaseAfterPress(
  pressed: boolean,
  dragging: boolean,
  setPressed: (on: boolean) => void,
) {
  useLayoutEffect(() => {
    if (!pressed) return;
    if (dragging) {
      setPressed(false);
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After dnd-kit has seen the same event, so a press that ends is never cut short.
    const release = () => {
      timer = setTimeout(() => setPressed(false));
    };
    const ends = ["mouseup", "touchend", "touchcancel", "keyup"] as const;
    for (const end of ends) window.addEventListener(end, release, true);
    return () => {
      for (const end of ends) window.removeEventListener(end, release, true);
      clearTimeout(timer);
    };
  }, [pressed, dragging, setPressed]);
}

/**
 * One sticky note: its text (or its editor), a drag handle, colour and delete. Its part in
 * dragging is a `SortableBinding` beside it, mounted only from a press on it until the press or
 * the drag it starts ends: dnd-kit renders every draggable and droppable again when a drag
 * starts and measures each droppable, so a board pays for the one card dragged, not for every
 * card. The press is handed to the binding once it is mounted; a drop finds the note under the
 * pointer from the page (`drag/noteAtPoint.ts`). The text and tools are memoised below the shell.
 */
export const NoteCard = memo(function NoteCard({ id }: { id: string }) {
  // The note's own record, heard by id (`noteListeners.ts`): a change of another note, a
  // keystroke included, costs this card nothing.
  const note = useNote(id);
  const editing = useUiStore((s) => s.editingId === id);
  const can = usePermissions();
  const { t } = useTranslation("board");
  const dropHint = useDropHint(id);
  const slot = useRef<BindingSlot>({ listeners: undefined });
  const [element, setElement] = useState<HTMLLIElement | null>(null);
  const [handle, setHandle] = useState<HTMLButtonElement | null>(null);
  const onScreen = useInSight(id);
  // An editor opening or closing makes the card taller or shorter, moving the cards below.
  useLookAgainOnUpdate(editing);
  const [dragging, setDragging] = useState(false);
  const [pressed, setPressed] = useState(false);
  const light = useLightCards();
  const { woken, wake, rest } = useWoken(id);
  const whole = !light || onScreen || dragging || editing || pressed || woken;
  const bound = can.drag && (dragging || pressed);
  const forward = useMemo(() => forwarder(slot, () => flushSync(() => setPressed(true))), []);
  useReleaseAfterPress(pressed, dragging, setPressed);
  if (!note) return null;
  const { color, text } = note;
  const draft = note.draft === true;
  const label = noteName(text);
  const describedBy = `${DRAG_INSTRUCTIONS_ID}${draft ? ` ${privateLabelId(id)}` : ""}`;
  return (
    <li
      ref={setElement}
      className={`${dragging ? "note dragging" : "note"}${dropHint ? ` drop-${dropHint}` : ""}`}
      style={{ background: color }}
      data-note={id}
      // Focus coming in (a Tab, a screen reader) brings the card's controls, out of sight too.
      onFocus={light ? wake : undefined}
      onBlur={
        light
          ? (event) => {
              if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
              rest();
            }
          : undefined
      }
      // A pointer drag starts anywhere on the note but its controls; the keyboard uses the handle.
      {...(editing || !can.drag ? {} : forward)}
    >
      {bound && (
        <SortableBinding
          id={id}
          card={element}
          handle={handle}
          slot={slot}
          onDragging={setDragging}
        />
      )}
      <div className="note-bar">
        <button
          type="button"
          className="handle"
          ref={setHandle}
          {...(can.drag ? forward : {})}
          {...{ [DRAG_HANDLE]: "" }}
          aria-roledescription={t("note.sortable")}
          aria-pressed={dragging || undefined}
          aria-label={t("note.move", { name: label })}
          aria-describedby={describedBy}
          hidden={!can.drag}
        />
        {whole && <NoteTools id={id} label={label} color={color} />}
      </div>
      <NoteBody note={note} label={label} light={!whole} />
    </li>
  );
});
NoteCard.displayName = "NoteCard";

type Press = SyntheticEvent & { nativeEvent: Event };

/**
 * The card's own press and key handlers, passing each event to its binding's listeners; with
 * no binding mounted yet, `bind` mounts one synchronously first.
 */
function forwarder(slot: RefObject<BindingSlot>, bind: () => void) {
  const pass = (name: "onMouseDown" | "onTouchStart" | "onKeyDown") => (event: Press) => {
    if (!slot.current.listeners) bind();
    slot.current.listeners?.[name]?.(event);
  };
  return {
    onMouseDown: pass("onMouseDown"),
    onTouchStart: pass("onTouchStart"),
    onKeyDown: pass("onKeyDown"),
  };
}

/** The note's bar beside its handle: Move to…, who else is on it, its colour and delete. */
const NoteTools = memo(function NoteTools({
  id,
  label,
  color,
}: {
  id: string;
  label: string;
  color: string;
}) {
  const others = useOthersOnNote(id);
  const can = usePermissions();
  const { t } = useTranslation("board");
  return (
    <>
      {can.drag && <MoveToButton subject={{ kind: "note", id }} name={label} />}
      {others && <span className="note-presence">{others}</span>}
      <select
        aria-label={t("note.colour")}
        hidden={!can.edit}
        className="note-color"
        value={color}
        onChange={(event) => setColor(id, event.target.value)}
      >
        {NOTE_COLORS.map((option) => (
          <option key={option} value={option}>
            {t(COLOUR_NAMES[option])}
          </option>
        ))}
        {!NOTE_COLORS.includes(color as (typeof NOTE_COLORS)[number]) && (
          <option value={color}>{t("note.customColour")}</option>
        )}
      </select>
      <button
        type="button"
        className="quiet"
        aria-label={t("note.delete", { name: label })}
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

/**
 * The note's text or its editor, its votes and marks, and its Edit button. A `light` card (out
 * of sight on a large board, see `cardDetail.tsx`) keeps its text, votes and "Private" mark, so
 * reading the board and its picture lose nothing, and leaves out its buttons; its text stays the
 * same element when it turns whole, under a pointer about to press on it. A whole card shows the
 * meanings of the board's defined terms in its text and, to its author and the facilitator, its
 * undefined acronyms (`glossary/`).
 */
const NoteBody = memo(function NoteBody({
  note,
  label,
  light,
}: {
  note: BoardNote;
  label: string;
  light: boolean;
}) {
  const { id } = note;
  const editing = useUiStore((s) => s.editingId === id);
  const can = usePermissions();
  const { t } = useTranslation("board");
  const draft = note.draft === true;
  return (
    <>
      {editing && can.edit ? (
        <NoteEditor id={id} text={note.text} />
      ) : (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the Edit button is the keyboard path
        <p className="note-text" dir="auto" onClick={() => can.edit && startEditing(id)}>
          {note.text ? (
            <GlossaryText text={note.text} plain={light} />
          ) : (
            <span className="placeholder">{t("note.empty")}</span>
          )}
        </p>
      )}
      {!editing && !light && <GlossaryMarks text={note.text} author={note.author} />}
      <NoteExtras id={id} label={label} lane={note.lane} draft={draft} light={light} />
      {!editing && !light && (
        <button
          type="button"
          className="quiet edit"
          onClick={() => startEditing(id)}
          {...{ [EDIT_NOTE]: id }}
          aria-label={t("note.editNote", { name: label })}
          aria-describedby={draft ? privateLabelId(id) : undefined}
          hidden={!can.edit}
        >
          {t("note.edit")}
        </button>
      )}
    </>
  );
});
NoteBody.displayName = "NoteBody";
