import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n/i18n";
import { problemText } from "../state/http";
import { FormProblem } from "./FormProblem";

type CreatedBoard = { id: string; facilitatorUrl: string };

/** Creates a board and opens it as its facilitator. */
export function NewBoard() {
  const { t } = useTranslation("common");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [title, setTitle] = useState("");

  async function createBoard() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/boards", {
        method: "POST",
        headers: { "content-type": "application/json" },
        // No title: the server names it "Untitled board" (in the page's language, as it names
        // the lanes), and the facilitator can rename it.
        body: JSON.stringify({
          ...(title.trim() ? { title: title.trim() } : {}),
          language: currentLanguage(),
        }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: unknown };
        throw new Error(
          typeof body.message === "string"
            ? body.message
            : t("start.newBoard.serverAnswered", { status: response.status }),
        );
      }
      const board = (await response.json()) as CreatedBoard;
      // The facilitator link carries the key in its #fragment: opening it gives control.
      window.location.assign(board.facilitatorUrl);
    } catch (cause) {
      setError(t("start.newBoard.failed", { problem: problemText(cause) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="start-card" aria-labelledby="new-board-heading">
      <h2 id="new-board-heading">{t("start.newBoard.heading")}</h2>
      <p className="start-hint">{t("start.newBoard.hint")}</p>
      <form
        className="start-form"
        onSubmit={(event) => {
          event.preventDefault();
          void createBoard();
        }}
      >
        <label>
          {t("start.newBoard.titleLabel")}
          <input
            value={title}
            aria-describedby="new-board-title-hint"
            maxLength={200}
            placeholder={t("start.newBoard.titleExample")}
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <p id="new-board-title-hint" className="start-hint">
          {t("start.newBoard.titleHint")}
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("start.newBoard.creating") : t("start.newBoard.create")}
        </button>
      </form>
      <FormProblem id="new-board-error" text={error} />
    </section>
  );
}
