import { type ChangeEvent, useId, useState } from "react";
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
  return (
    <div role="status">
      {error && <p className="dialog-error">{error}</p>}
      {result && (
        <div className="dialog-result">
          <p>{importSummary(result)}</p>
          {result.skipped.length > 0 && (
            <ol aria-label="Lines that were not notes">
              {result.skipped.map(({ line, text }) => (
                <li key={line}>
                  Line {line}: {text}
                </li>
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

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setResult(null);
    setError(null);
    if (!file) return;
    if (!isImportable(file.name)) {
      setError(`“${file.name}” cannot be imported: choose a .txt, .md or .json file.`);
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
      setError("Paste the meeting notes into the box, or upload a file, then press Import.");
      return;
    }
    setBusy(true);
    try {
      setResult(await importNotes(boardId, facilitatorKey, text, type));
      setText("");
      setFileName(null);
      setType("text/plain");
    } catch (cause) {
      const line = cause instanceof RequestProblem && cause.line ? `Line ${cause.line}: ` : "";
      setError(`Nothing was imported. ${line}${problemText(cause)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Import notes…
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Import meeting notes"
        closeLabel="Close import"
      >
        <p id={hintId} className="field-hint">
          A line such as “Priority one -” starts a priority; each bullet or line under it becomes a
          note. Lines that are not notes are listed after the import so you can check them.
        </p>
        <label className="field">
          Meeting notes
          <textarea
            data-autofocus
            rows={10}
            value={text}
            placeholder={
              "Priority one -\n  • Arts in every school\n  • Teaching artists in residence\nPriority two -\n  • …"
            }
            aria-describedby={hintId}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <label className="field">
          Upload a file
          <input
            type="file"
            accept={[...IMPORT_EXTENSIONS, "text/plain", "text/markdown", "application/json"].join(
              ",",
            )}
            onChange={(event) => void chooseFile(event)}
          />
          <span className="field-hint">
            {fileName
              ? `From ${fileName}: its text is in the box above.`
              : "A .txt, .md or .json file, such as an earlier export."}
          </span>
        </label>
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => void send()} disabled={busy}>
            {busy ? "Importing…" : "Import"}
          </button>
        </div>
        <ImportOutcome result={result} error={error} />
      </ModalDialog>
    </>
  );
}
