import { MAX_MEANING } from "@roundtable/shared";
import { type SyntheticEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { defineGlossaryTerm } from "../../state/glossaryActions";
import { useGlossaryStore } from "../../state/stepsStore";
import { ModalDialog } from "../../ui/ModalDialog";

/** Presses in the dialog stay in it: the card it opened from must not take them for a drag. */
function keepPress(event: SyntheticEvent) {
  event.stopPropagation();
}

/**
 * "Define <TERM>": what the term means for the whole board, or that it is fine as it is (a word
 * everyone knows, like KQED), which stops its marks. Saving closes the dialog first, so a refusal
 * (a locked board) shows as the board's usual notice.
 */
export function DefineTermDialog({ term, onClose }: { term: string; onClose: () => void }) {
  const { t } = useTranslation("glossary");
  const [entry] = useState(() => useGlossaryStore.getState().glossary.get(term));
  const [meaning, setMeaning] = useState(entry?.meaning ?? "");
  const [fine, setFine] = useState(entry?.fine ?? false);
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = useId();
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: it only keeps presses from the card behind
    <div
      className="glossary-dialog"
      role="presentation"
      onMouseDown={keepPress}
      onTouchStart={keepPress}
    >
      <ModalDialog
        open
        onClose={onClose}
        title={t("dialog.title", { term })}
        closeLabel={t("dialog.close", { term })}
      >
        <form
          className="glossary-define-form"
          onSubmit={(event) => {
            event.preventDefault();
            const clean = meaning.trim();
            if (!fine && clean === "") {
              setProblem(t("dialog.empty", { term }));
              return;
            }
            event.currentTarget.closest("dialog")?.close();
            defineGlossaryTerm(term, { meaning: clean, fine });
          }}
        >
          <label className="field">
            {t("dialog.meaning")}
            <input
              data-autofocus
              dir="auto"
              value={meaning}
              maxLength={MAX_MEANING}
              onChange={(event) => {
                setMeaning(event.target.value);
                setProblem(null);
              }}
            />
          </label>
          <div className="glossary-fine">
            <label>
              <input
                type="checkbox"
                checked={fine}
                aria-describedby={hintId}
                onChange={(event) => {
                  setFine(event.target.checked);
                  setProblem(null);
                }}
              />
              {t("dialog.fine")}
            </label>
            <span id={hintId} className="field-hint">
              {t("dialog.fineHint")}
            </span>
          </div>
          {problem && (
            <p role="alert" className="error">
              {problem}
            </p>
          )}
          <div className="dialog-actions">
            <button type="submit" className="primary">
              {t("dialog.save")}
            </button>
          </div>
        </form>
      </ModalDialog>
    </div>
  );
}
