import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { renameBoard } from "../../state/actions";
import { useBoardStore } from "../../state/boardStore";
import { usePermissions } from "../../state/useFacilitation";

const MAX_TITLE = 200;

/**
 * The board's title, live for everyone; the facilitator renames it in place ("Rename board"):
 * Enter or leaving the box saves, Escape keeps the old title, and focus returns to the button.
 */
export function BoardTitle() {
  const { t } = useTranslation(["header", "shared"]);
  const title = useBoardStore((s) => s.title) || t("shared:board.untitled");
  const { rename } = usePermissions();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  const box = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (editing) box.current?.select();
  }, [editing]);

  function finish(save: boolean) {
    if (save && draft.trim() && draft.trim() !== title) renameBoard(draft);
    setEditing(false);
    requestAnimationFrame(() => button.current?.focus());
  }

  if (editing) {
    return (
      <form
        className="board-rename"
        onSubmit={(event) => {
          event.preventDefault();
          finish(true);
        }}
      >
        <label>
          <span className="visually-hidden">{t("title.label")}</span>
          <input
            ref={box}
            aria-label={t("title.label")}
            dir="auto"
            value={draft}
            maxLength={MAX_TITLE}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={() => finish(true)}
            onKeyDown={(event) => {
              if (event.key !== "Escape") return;
              event.preventDefault();
              event.stopPropagation();
              finish(false);
            }}
          />
        </label>
      </form>
    );
  }
  return (
    <>
      <h1 dir="auto">{title}</h1>
      {rename && (
        <button
          ref={button}
          type="button"
          className="quiet board-rename-button"
          aria-label={t("title.rename")}
          title={t("title.rename")}
          onClick={() => {
            setDraft(title);
            setEditing(true);
          }}
        >
          <span aria-hidden="true">✎</span>
        </button>
      )}
    </>
  );
}
