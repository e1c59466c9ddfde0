import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { continueProblemText } from "./continueFrom";
import { FormProblem } from "./FormProblem";
import { recentStarts } from "./recentStarts";
import type { ContinueField } from "./useContinueField";
import "./continueFrom.css";

/**
 * "Continue from (link or id)": the earlier board or meeting this one follows up, pasted as a
 * link or an id, or picked from those started on this laptop. Once something is typed, a
 * checkbox brings the earlier result's notes into Unsorted to sort again.
 */
export function ContinueFrom({ field }: { field: ContinueField }) {
  const { t } = useTranslation("progress");
  const id = useId();
  const [recent] = useState(() => recentStarts(field.kind));
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-recent`;
  const problem =
    field.problem === null
      ? null
      : field.problem === "unknown"
        ? t(`continueFrom.unknown.${field.kind}`)
        : continueProblemText(field.kind, field.problem);
  return (
    <div className="continue-from">
      <label htmlFor={`${id}-input`}>{t("continueFrom.label")}</label>
      <input
        id={`${id}-input`}
        value={field.text}
        maxLength={2000}
        autoComplete="off"
        spellCheck={false}
        list={recent.length > 0 ? listId : undefined}
        placeholder={t(`continueFrom.example.${field.kind}`)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => field.setText(event.target.value)}
        onBlur={() => {
          if (field.text.trim() !== "") field.resolve();
        }}
      />
      {recent.length > 0 && (
        <datalist id={listId}>
          {recent.map((start) => (
            <option key={start.id} value={start.id}>
              {start.title}
            </option>
          ))}
        </datalist>
      )}
      <p id={hintId} className="start-hint">
        {t(`continueFrom.hint.${field.kind}`)}
      </p>
      <FormProblem id={errorId} text={problem} />
      {field.text.trim() !== "" && (
        <label className="continue-carry">
          <input
            type="checkbox"
            checked={field.carryNotes}
            onChange={(event) => field.setCarryNotes(event.target.checked)}
          />
          {t("continueFrom.carryNotes")}
        </label>
      )}
    </div>
  );
}
