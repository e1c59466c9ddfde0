import { type MoveSubject, openMoveTo } from "../state/clusterUiStore";

/** The data attribute that finds a subject's "Move to…" button again, to give it focus. */
export const moveToKey = (subject: MoveSubject) => `${subject.kind}:${subject.id}`;

/**
 * Opens the "Move to…" dialog for a note or a cluster: every move a drag can make, from the
 * keyboard. `name` is what the subject's other controls call it.
 */
export function MoveToButton({ subject, name }: { subject: MoveSubject; name: string }) {
  return (
    <button
      type="button"
      className="quiet move-to"
      data-move-to={moveToKey(subject)}
      aria-label={`Move to…: ${name}`}
      aria-haspopup="dialog"
      onClick={() => openMoveTo(subject)}
    >
      Move to…
    </button>
  );
}
