import { type ReactNode, useId } from "react";
import { useModalDialog } from "./useModalDialog";
import "./modalDialog.css";

type Props = {
  open: boolean;
  onClose: () => void;
  title: string;
  /** Says what the close button closes, e.g. "Close import"; it shows the first word. */
  closeLabel: string;
  /** Another class beside `modal-dialog`, e.g. for a dialog that fills the screen. */
  className?: string;
  children: ReactNode;
};

/** A modal dialog with a heading and a Close button; the focus goes back to its opener. */
export function ModalDialog({ open, onClose, title, closeLabel, className, children }: Props) {
  const { dialog, opener, closeOnBackdrop } = useModalDialog(open, "[data-autofocus]");
  const headingId = useId();

  return (
    <dialog
      ref={dialog}
      className={className ? `modal-dialog ${className}` : "modal-dialog"}
      aria-labelledby={headingId}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
      onClick={closeOnBackdrop}
      // Keys stay in the dialog: the board's shortcuts ("N" for a note) must not fire behind it.
      onKeyDown={(event) => event.stopPropagation()}
    >
      {open && (
        <>
          <div className="modal-heading">
            <h2 id={headingId}>{title}</h2>
            <button
              type="button"
              className="modal-close"
              aria-label={closeLabel}
              onClick={() => dialog.current?.close()}
            >
              {/* The label's own first word ("Close", "Hide"), so the name holds what is seen. */}
              {closeLabel.split(" ")[0]}
            </button>
          </div>
          {children}
        </>
      )}
    </dialog>
  );
}
