import { type MouseEvent, useEffect, useRef } from "react";

/**
 * A native modal `<dialog>` that follows `open`: shown with `showModal` (the focus stays inside,
 * Escape closes it) with the focus on the first element matching `focusFirst`, and closed when
 * `open` turns false. `opener` is what had the focus before, to give it back.
 */
export function useModalDialog(open: boolean, focusFirst: string) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const box = dialog.current;
    if (!box) return;
    if (open && !box.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      box.showModal();
      box.querySelector<HTMLElement>(focusFirst)?.focus();
    } else if (!open && box.open) {
      box.close();
    }
  }, [open, focusFirst]);

  /**
   * A click on the backdrop lands on the dialog itself, outside its box: it closes, as Escape
   * does. A click on the dialog's own padding does not.
   */
  function closeOnBackdrop(event: MouseEvent<HTMLDialogElement>) {
    const box = dialog.current;
    if (!box || event.target !== box) return;
    const r = box.getBoundingClientRect();
    const inside =
      event.clientX >= r.left &&
      event.clientX <= r.right &&
      event.clientY >= r.top &&
      event.clientY <= r.bottom;
    if (!inside) box.close();
  }

  return { dialog, opener, closeOnBackdrop };
}
