import type { TFunction } from "i18next";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useBoardStore } from "../../state/boardStore";
import { clusterName, noteName } from "../../state/clusterNames";
import { closeMoveTo, type MoveSubject, useClusterUi } from "../../state/clusterUiStore";
import { focusMoveToSoon } from "./MoveToButton";
import { MoveToChoices } from "./MoveToChoices";
import "./moveToDialog.css";
import { useModalDialog } from "../../ui/useModalDialog";

function subjectTitle(subject: MoveSubject, t: TFunction<"board">): string {
  const { notes, clusters } = useBoardStore.getState();
  return subject.kind === "note"
    ? t("moveTo.titleNote", { name: noteName(notes[subject.id]?.text ?? "") })
    : t("moveTo.titleCluster", { name: clusterName(clusters[subject.id]?.title ?? "") });
}

/**
 * The "Move to…" dialog, one for the board, opened by a note's or a cluster's "Move to…"
 * button. A native modal dialog: focus stays inside, Escape closes it, and focus goes back to
 * the button that opened it, or after a move to the moved item's own "Move to…" button.
 */
export function MoveToDialog() {
  const subject = useClusterUi((s) => s.moveTo);
  // Start in the filter box: type a few letters of the destination, then Down to it.
  const { dialog, opener, closeOnBackdrop } = useModalDialog(subject !== null, "input");
  const headingId = useId();
  const { t } = useTranslation("board");

  /** Closes the dialog; focus goes to `next`'s "Move to…" button, or back to the opener. */
  function finish(next: MoveSubject | null) {
    closeMoveTo();
    focusMoveToSoon(next, opener.current);
  }

  return (
    <dialog
      ref={dialog}
      className="move-to-dialog"
      aria-labelledby={headingId}
      onClose={() => {
        if (useClusterUi.getState().moveTo) finish(null);
      }}
      onClick={closeOnBackdrop}
      // Keys stay in the dialog: the board's shortcuts ("N" for a note) must not fire behind it.
      onKeyDown={(event) => event.stopPropagation()}
    >
      {subject && (
        <>
          <h2 id={headingId}>{subjectTitle(subject, t)}</h2>
          <MoveToChoices subject={subject} onDone={finish} />
          <button type="button" className="move-to-cancel" onClick={() => dialog.current?.close()}>
            {t("moveTo.cancel")}
          </button>
        </>
      )}
    </dialog>
  );
}
