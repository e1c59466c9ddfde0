import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemText, RequestProblem } from "../../state/http";
import {
  contentTypeFor,
  IMPORT_EXTENSIONS,
  type ImportContentType,
  type ImportResult,
  importNotes,
  importSummary,
  isImportable,
} from "../../state/importNotes";
import { ModalDialog } from "../../ui/ModalDialog";

function ImportOutcome({ result, error }: { result: ImportResult | null; error: string | null }) {
  const { t } = useTranslation("header");
  return (
    <div role="status">
      {error && <p className="dialog-error">{error}</p>}
      {result && (
        <div className="dialog-result">
          <p>{importSummary(result)}</p>
          {result.skipped.length > 0 && (
            <ol aria-label={t("import.skipped")}>
              {result.skipped.map(({ line, text }) => (
                <li key={line}>{t("import.line", { line, text })}</li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * The facilitator's "Import notes…": meeting notes pasted or uploaded become notes in their
 * priorities. The text stays while the dialog is closed, so a stray Escape loses nothing.
 */
export function ImportDialog({
  boardId,
  facilitatorKey,
}: {
  boardId: string;
  facilitatorKey: string;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [type, setType] = useState<ImportContentType>("text/plain");
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const { t } = useTranslation("header");

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setResult(null);
    setError(null);
    if (!file) return;
    if (!isImportable(file.name)) {
      setError(t("import.notImportable", { file: file.name }));
      event.target.value = "";
      return;
    }
    setText(await file.text());
    setType(contentTypeFor(file.name));
    setFileName(file.name);
  }

  async function send() {
    setResult(null);
    setError(null);
    if (!text.trim()) {
      setError(t("import.nothingToImport"));
      return;
    }
    setBusy(true);
    try {
      setResult(await importNotes(boardId, facilitatorKey, text, type));
      setText("");
      setFileName(null);
      setType("text/plain");
    } catch (cause) {
      const problem = problemText(cause);
      setError(
        cause instanceof RequestProblem && cause.line
          ? t("import.failedAtLine", { line: cause.line, problem })
          : t("import.failed", { problem }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("import.button")}
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("import.title")}
        closeLabel={t("import.close")}
      >
        <p id={hintId} className="field-hint">
          {t("import.hint")}
        </p>
        <label className="field">
          {t("import.notes")}
          <textarea
            data-autofocus
            rows={10}
            value={text}
            placeholder={t("import.example")}
            aria-describedby={hintId}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <label className="field">
          {t("import.upload")}
          <input
            type="file"
            accept={[...IMPORT_EXTENSIONS, "text/plain", "text/markdown", "application/json"].join(
              ",",
            )}
            onChange={(event) => void chooseFile(event)}
          />
          <span className="field-hint">
            {fileName ? t("import.fromFile", { file: fileName }) : t("import.fileHint")}
          </span>
        </label>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => void send()} disabled={busy}>
            {busy ? t("import.importing") : t("import.import")}
          </button>
        </div>
        <ImportOutcome result={result} error={error} />
      </ModalDialog>
    </>
  );
}
