import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemText } from "../../state/http";
import { restoreSnapshot, type SnapshotEntry } from "../../state/snapshots";

/** The attribute that finds a snapshot's "Restore" button again, to give it the focus back. */
export const RESTORE_SNAPSHOT = "data-restore-snapshot";

function focusRestoreButton(snapshotId: string) {
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLElement>(`[${RESTORE_SNAPSHOT}="${CSS.escape(snapshotId)}"]`)
      ?.focus(),
  );
}

/**
 * The facilitator's confirm step before restoring a snapshot, and what came of it. The server
 * keeps the board as it is now as "Before restore HH:MM" first, so a restore can be undone by
 * restoring that one.
 */
export function RestoreSnapshot({
  boardId,
  facilitatorKey,
  snapshot,
  onDone,
}: {
  boardId: string;
  facilitatorKey: string;
  /** The snapshot asked for; null when none is. */
  snapshot: SnapshotEntry | null;
  onDone: (restored: boolean) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const { t } = useTranslation("header");

  useEffect(() => {
    if (snapshot) {
      setMessage(null);
      confirm.current?.focus();
    }
  }, [snapshot]);

  async function restore(entry: SnapshotEntry) {
    setBusy(true);
    try {
      const { restored, before } = await restoreSnapshot(boardId, facilitatorKey, entry.id);
      const notes = t("restore.notes", { count: restored.notes });
      setMessage({
        error: false,
        text: t("restore.done", { name: entry.name, notes, before: before.name }),
      });
      onDone(true);
    } catch (cause) {
      setMessage({ error: true, text: t("restore.failed", { problem: problemText(cause) }) });
      onDone(false);
    } finally {
      setBusy(false);
      focusRestoreButton(entry.id);
    }
  }

  return (
    <>
      {snapshot && (
        <fieldset
          className="snapshot-confirm"
          aria-label={t("restore.confirmLabel", { name: snapshot.name })}
        >
          <p>{t("restore.confirm", { name: snapshot.name })}</p>
          <button
            ref={confirm}
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void restore(snapshot)}
          >
            {t("restore.yes", { name: snapshot.name })}
          </button>{" "}
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              onDone(false);
              focusRestoreButton(snapshot.id);
            }}
          >
            {t("restore.cancel")}
          </button>
        </fieldset>
      )}
      <p
        role="status"
        className={message?.error ? "dialog-error" : message ? "dialog-result" : undefined}
      >
        {message?.text}
      </p>
    </>
  );
}
