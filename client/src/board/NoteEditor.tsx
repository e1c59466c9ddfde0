import { MAX_NOTE_TEXT } from "@roundtable/shared";
import { useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { editText, stopEditing } from "../state/actions";
import { editButtonOf, focusSoon } from "../ui/focusSoon";

/**
 * The open text box of a note. Every keystroke is written to the shared text at once; when
 * someone else's edit arrives, the caret keeps its place in the words around it.
 */
export function NoteEditor({ id, text }: { id: string; text: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const shown = useRef(text);
  const { t } = useTranslation("board");

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || shown.current === text) return;
    const before = shown.current;
    shown.current = text;
    if (box.value === text) return;
    const { selectionStart, selectionEnd } = box;
    let common = 0;
    while (common < before.length && common < text.length && before[common] === text[common]) {
      common += 1;
    }
    const shift = text.length - before.length;
    box.value = text;
    const keep = (at: number) => (at <= common ? at : Math.max(common, at + shift));
    box.setSelectionRange(keep(selectionStart), keep(selectionEnd));
  }, [text]);

  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.focus();
    box.setSelectionRange(box.value.length, box.value.length);
  }, []);

  return (
    <textarea
      ref={ref}
      className="note-editor"
      dir="auto"
      aria-label={t("note.text")}
      defaultValue={text}
      maxLength={MAX_NOTE_TEXT}
      rows={3}
      onChange={(event) => {
        shown.current = event.target.value;
        editText(id, event.target.value);
      }}
      onBlur={() => stopEditing()}
      onKeyDown={(event) => {
        if (event.key === "Escape" || (event.key === "Enter" && (event.ctrlKey || event.metaKey))) {
          event.preventDefault();
          stopEditing();
          // Closed from the keyboard: focus goes back to the note, not to the page.
          focusSoon(editButtonOf(id), null, id);
        }
      }}
    />
  );
}
