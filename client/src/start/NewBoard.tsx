import { useState } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../i18n/i18n";
import { problemText } from "../state/http";
import { ContinueFrom } from "./ContinueFrom";
import { FormProblem } from "./FormProblem";
import { newBoardBody } from "./newBoardBody";
import { rememberStart } from "./recentStarts";
import { useContinueField } from "./useContinueField";

type CreatedBoard = { id: string; title?: string; facilitatorUrl: string };

/** Creates a board and opens it as its facilitator. */
export function NewBoard() {
  const { t } = useTranslation("common");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [title, setTitle] = useState("");
  const earlier = useContinueField("board");

  async function createBoard() {
    const continues = earlier.resolve();
    if (continues === false) return;
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/boards", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(newBoardBody(title, currentLanguage(), continues, earlier.carryNotes)),
      });
      if (response.status === 404 && continues !== null) {
        // The only thing a new board can miss is the one it continues: said beside its field.
        earlier.notFound();
        return;
      }
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: unknown };
        throw new Error(
          typeof body.message === "string"
            ? body.message
            : t("start.newBoard.serverAnswered", { status: response.status }),
        );
      }
      const board = (await response.json()) as CreatedBoard;
      rememberStart({ kind: "board", id: board.id, title: board.title ?? title.trim() });
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
        <ContinueFrom field={earlier} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("start.newBoard.creating") : t("start.newBoard.create")}
        </button>
      </form>
      <FormProblem id="new-board-error" text={error} />
    </section>
  );
}
