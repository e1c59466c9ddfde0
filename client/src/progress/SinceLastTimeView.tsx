import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFetched } from "../state/useFetched";
import { ProgressReport } from "./ProgressReport";
import { fetchProgress } from "./progress";

/** "Since last time"'s content, loaded afresh each time it opens. */
export function SinceLastTimeView({ boardId }: { boardId: string }) {
  const { t } = useTranslation("progress");
  const [attempt, setAttempt] = useState(0);
  const progress = useFetched(`${boardId}:${attempt}`, () => fetchProgress(boardId));
  if (progress.state === "loading") {
    return (
      <p role="status" className="muted">
        {t("sinceLastTime.loading")}
      </p>
    );
  }
  if (progress.state === "failed") {
    return (
      <div className="dialog-error" role="alert">
        <p>{t("sinceLastTime.failed", { problem: progress.message })}</p>
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {t("sinceLastTime.retry")}
        </button>
      </div>
    );
  }
  if (progress.value.continues === null) {
    return (
      <div className="progress-empty">
        <p>{t("sinceLastTime.notContinued")}</p>
        <p className="field-hint">{t("sinceLastTime.notContinuedHint")}</p>
      </div>
    );
  }
  return <ProgressReport progress={progress.value} />;
}
