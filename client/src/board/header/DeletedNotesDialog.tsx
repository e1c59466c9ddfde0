import { mayRestore, type TrashEntry } from "@roundtable/shared";
import { useRef, useState } from "react";
import { useControlStore } from "../../state/controlStore";
import { restoreDeletedNote, restorer } from "../../state/trashActions";
import { useTrashStore } from "../../state/trashStore";
import { ModalDialog } from "../../ui/ModalDialog";
import "./deletedNotes.css";

/** The attribute that finds the Restore buttons again, to move focus after a restore. */
const RESTORE = "data-restore-note";

/** "Deleted by Ben", from the roster; the server's own deletions came from a snapshot restore. */
function deletedByText(entry: TrashEntry, people: Readonly<Record<string, string>>): string {
  if (entry.deletedBy === null) return "Deleted when a snapshot was restored";
  const name = Object.hasOwn(people, entry.deletedBy) ? people[entry.deletedBy] : undefined;
  return `Deleted by ${name ?? "someone who left"}`;
}

function deletedAtText(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

/**
 * "Deleted notes": the board's trash, newest first, with who deleted each note. A note's author
 * and the facilitator see "Restore note" on it; restoring puts it back with its cluster and
 * votes, and focus moves on to the next Restore button (else the dialog's Close).
 */
export function DeletedNotesDialog() {
  const [open, setOpen] = useState(false);
  const entries = useTrashStore((s) => s.entries);
  const people = useControlStore((s) => s.control.people);
  const role = useControlStore((s) => s.role);
  const participantId = useControlStore((s) => s.participantId);
  const who = restorer({ role, participantId });
  const list = useRef<HTMLUListElement>(null);

  function restore(entry: TrashEntry) {
    const buttons = [...(list.current?.querySelectorAll<HTMLElement>(`[${RESTORE}]`) ?? [])];
    const at = buttons.findIndex((button) => button.getAttribute(RESTORE) === entry.id);
    const next = buttons[at + 1] ?? buttons[at - 1] ?? null;
    const dialog = list.current?.closest("dialog") ?? null;
    if (!restoreDeletedNote(entry.id)) return;
    const target = next?.isConnected ? next : dialog?.querySelector<HTMLElement>(".modal-close");
    target?.focus();
  }

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Deleted notes <span className="count-badge">({entries.length})</span>
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Deleted notes"
        closeLabel="Close deleted notes"
      >
        <p className="field-hint">
          Deleted notes wait here for 30 days. A note's author or the facilitator can put it back,
          with its cluster and its votes.
        </p>
        {entries.length === 0 ? (
          <p className="muted">No deleted notes.</p>
        ) : (
          <ul ref={list} className="deleted-notes" aria-label="Deleted notes of this board">
            {entries.map((entry) => (
              <li key={entry.id} style={{ borderLeftColor: entry.color }}>
                <p className="deleted-text" dir="auto">
                  {entry.text || "(empty note)"}
                </p>
                <p className="muted">
                  {deletedByText(entry, people)} · {deletedAtText(entry.deletedAt)}
                </p>
                {mayRestore(entry, who) && (
                  <button type="button" {...{ [RESTORE]: entry.id }} onClick={() => restore(entry)}>
                    Restore note: {entry.text}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </ModalDialog>
    </>
  );
}
