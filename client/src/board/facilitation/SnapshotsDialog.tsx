import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemText } from "../../state/http";
import {
  formatTaken,
  listSnapshots,
  MAX_SNAPSHOT_NAME,
  type SnapshotEntry,
  snapshotNameProblem,
  snapshotNameSuggestions,
  takeSnapshot,
} from "../../state/snapshots";
import { ModalDialog } from "../../ui/ModalDialog";
import { RESTORE_SNAPSHOT, RestoreSnapshot } from "./RestoreSnapshot";

function SnapshotList({
  snapshots,
  onRestore,
}: {
  snapshots: SnapshotEntry[] | null;
  /** The facilitator's: asks to restore a snapshot (a confirm step follows). */
  onRestore?: (entry: SnapshotEntry) => void;
}) {
  const newTabId = useId();
  const { t } = useTranslation("header");
  if (snapshots === null) return <p className="muted">{t("snapshots.loading")}</p>;
  if (snapshots.length === 0) return <p className="muted">{t("snapshots.none")}</p>;
  return (
    <>
      <ul className="snapshot-list" aria-label={t("snapshots.list")}>
        {snapshots.map((entry) => (
          <li key={entry.id}>
            <a href={entry.url} target="_blank" rel="noopener" aria-describedby={newTabId}>
              {t("snapshots.open", { name: entry.name })}
            </a>
            <span className="muted"> · {formatTaken(entry.createdAt)}</span>
            {onRestore && (
              <>
                {" "}
                <button
                  type="button"
                  className="snapshot-restore"
                  {...{ [RESTORE_SNAPSHOT]: entry.id }}
                  onClick={() => onRestore(entry)}
                >
                  {t("snapshots.restore", { name: entry.name })}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <p id={newTabId} className="field-hint">
        {t("snapshots.newTab")}
      </p>
    </>
  );
}

function TakeSnapshotForm({
  onTaken,
  take,
}: {
  onTaken: () => void;
  take: (name: string) => Promise<SnapshotEntry>;
}) {
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const listId = useId();
  const { t } = useTranslation("header");

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = snapshotNameProblem(name);
    if (problem) {
      setMessage({ error: true, text: problem });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const taken = await take(name);
      setMessage({ error: false, text: t("snapshots.taken", { name: taken.name }) });
      setName("");
      onTaken();
    } catch (cause) {
      setMessage({ error: true, text: t("snapshots.notTaken", { problem: problemText(cause) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="snapshot-form" onSubmit={(event) => void submit(event)} noValidate>
      <label className="field">
        {t("snapshots.name")}
        <input
          data-autofocus
          list={listId}
          value={name}
          maxLength={MAX_SNAPSHOT_NAME}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <datalist id={listId}>
        {snapshotNameSuggestions().map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <button type="submit" className="primary" disabled={busy}>
        {t("snapshots.take")}
      </button>
      <p
        role="status"
        className={message?.error ? "dialog-error" : message ? "dialog-result" : undefined}
      >
        {message?.text}
      </p>
    </form>
  );
}

/**
 * "Snapshots": the board's named, frozen copies. The facilitator takes them ("After small
 * groups", "End of meeting"); everyone with the board may open them.
 */
export function SnapshotsDialog({
  boardId,
  facilitatorKey,
}: {
  boardId: string;
  facilitatorKey: string | null;
}) {
  const [open, setOpen] = useState(false);
  const [snapshots, setSnapshots] = useState<SnapshotEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);
  const [restoring, setRestoring] = useState<SnapshotEntry | null>(null);
  const { t } = useTranslation("header");

  // biome-ignore lint/correctness/useExhaustiveDependencies: `asked` asks for the list again
  useEffect(() => {
    if (!open) return;
    let current = true;
    listSnapshots(boardId)
      .then((list) => {
        if (!current) return;
        setSnapshots(list);
        setError(null);
      })
      .catch((cause: unknown) => {
        if (current) setError(problemText(cause));
      });
    return () => {
      current = false;
    };
  }, [boardId, open, asked]);

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("snapshots.button")}
      </button>
      <ModalDialog
        open={open}
        onClose={() => {
          setOpen(false);
          setRestoring(null);
        }}
        title={t("snapshots.title")}
        closeLabel={t("snapshots.close")}
      >
        <p className="field-hint">{t("snapshots.hint")}</p>
        {facilitatorKey && (
          <TakeSnapshotForm
            take={(name) => takeSnapshot(boardId, facilitatorKey, name)}
            onTaken={() => setAsked((n) => n + 1)}
          />
        )}
        <h3 className="snapshot-list-heading">{t("snapshots.takenSoFar")}</h3>
        {facilitatorKey && (
          <RestoreSnapshot
            boardId={boardId}
            facilitatorKey={facilitatorKey}
            snapshot={restoring}
            onDone={(restored) => {
              setRestoring(null);
              if (restored) setAsked((n) => n + 1);
            }}
          />
        )}
        {error ? (
          <p className="dialog-error">{error}</p>
        ) : (
          <SnapshotList
            snapshots={snapshots}
            onRestore={facilitatorKey ? (entry) => setRestoring(entry) : undefined}
          />
        )}
      </ModalDialog>
    </>
  );
}
