import { mayRestore, type TrashEntry } from "@roundtable/shared";
import type { TFunction } from "i18next";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatNumber } from "../../i18n/format";
import { useControlStore } from "../../state/controlStore";
import { restoreDeletedNote, restorer } from "../../state/trashActions";
import { useTrashStore } from "../../state/trashStore";
import { ModalDialog } from "../../ui/ModalDialog";
import "./deletedNotes.css";

/** The attribute that finds the Restore buttons again, to move focus after a restore. */
const RESTORE = "data-restore-note";

/** "Deleted by Ben", from the roster; the server's own deletions came from a snapshot restore. */
function deletedByText(
  t: TFunction<"header">,
  entry: TrashEntry,
  people: Readonly<Record<string, string>>,
): string {
  if (entry.deletedBy === null) return t("deleted.byRestore");
  const name = Object.hasOwn(people, entry.deletedBy) ? people[entry.deletedBy] : undefined;
  return name === undefined ? t("deleted.bySomeoneGone") : t("deleted.by", { name });
}

/**
 * "Deleted notes": the board's trash, newest first, with who deleted each note. A note's author
 * and the facilitator see "Restore note" on it; restoring puts it back with its cluster and
 * votes, and focus moves on to the next Restore button (else the dialog's Close).
 */
export function DeletedNotesDialog() {
  const { t } = useTranslation("header");
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
        {t("deleted.button")} <span className="count-badge">({formatNumber(entries.length)})</span>
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("deleted.title")}
        closeLabel={t("deleted.close")}
      >
        <p className="field-hint">{t("deleted.hint")}</p>
        {entries.length === 0 ? (
          <p className="muted">{t("deleted.none")}</p>
        ) : (
          <ul ref={list} className="deleted-notes" aria-label={t("deleted.list")}>
            {entries.map((entry) => (
              <li key={entry.id} style={{ borderLeftColor: entry.color }}>
                <p className="deleted-text" dir="auto">
                  {entry.text || t("deleted.emptyNote")}
                </p>
                <p className="muted">
                  {deletedByText(t, entry, people)} · {formatDateTime(entry.deletedAt)}
                </p>
                {mayRestore(entry, who) && (
                  <button type="button" {...{ [RESTORE]: entry.id }} onClick={() => restore(entry)}>
                    {t("deleted.restore", { text: entry.text })}
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
