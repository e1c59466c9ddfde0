import { useTranslation } from "react-i18next";
import { type MoveSubject, openMoveTo } from "../../state/clusterUiStore";
import { focusSoon } from "../../ui/focusSoon";

/** The data attribute that finds a subject's "Move to…" button again, to give it focus. */
export const moveToKey = (subject: MoveSubject) => `${subject.kind}:${subject.id}`;

/**
 * Focuses `subject`'s "Move to…" button once it is on screen (a moved item renders in its new
 * place a frame or two later), else `fallback`, so keyboard focus never drops to the page.
 */
export function focusMoveToSoon(subject: MoveSubject | null, fallback: HTMLElement | null): void {
  focusSoon(
    subject && `[data-move-to="${moveToKey(subject)}"]`,
    fallback,
    subject?.kind === "note" ? subject.id : undefined,
  );
}

/**
 * Opens the "Move to…" dialog for a note or a cluster: every move a drag can make, from the
 * keyboard. `name` is what the subject's other controls call it.
 */
export function MoveToButton({ subject, name }: { subject: MoveSubject; name: string }) {
  const { t } = useTranslation("board");
  return (
    <button
      type="button"
      className="quiet move-to"
      data-move-to={moveToKey(subject)}
      aria-label={t("moveTo.buttonFor", { name })}
      aria-haspopup="dialog"
      onClick={() => openMoveTo(subject)}
    >
      {t("moveTo.button")}
    </button>
  );
}
