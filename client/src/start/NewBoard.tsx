import { useState } from "react";
import { problemText } from "../state/http";
import { FormProblem } from "./FormProblem";

type CreatedBoard = { id: string; facilitatorUrl: string };

/** Creates a board and opens it as its facilitator. */
export function NewBoard() {
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
        // No title: the server names it "Untitled board", and the facilitator can rename it.
        body: JSON.stringify(title.trim() ? { title: title.trim() } : {}),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: unknown };
        throw new Error(
          typeof body.message === "string"
            ? body.message
            : `the server answered ${response.status}`,
        );
      }
      const board = (await response.json()) as CreatedBoard;
      // The facilitator link carries the key in its #fragment: opening it gives control.
      window.location.assign(board.facilitatorUrl);
    } catch (cause) {
      setError(`Could not create a board: ${problemText(cause)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="start-card" aria-labelledby="new-board-heading">
      <h2 id="new-board-heading">New board</h2>
      <p className="start-hint">One board for one group: you lead, the others join by link.</p>
      <form
        className="start-form"
        onSubmit={(event) => {
          event.preventDefault();
          void createBoard();
        }}
      >
        <label>
          Board title
          <input
            value={title}
            aria-describedby="new-board-title-hint"
            maxLength={200}
            placeholder="e.g. LRT June"
            onChange={(event) => setTitle(event.target.value)}
          />
        </label>
        <p id="new-board-title-hint" className="start-hint">
          Optional: it names the board on every screen and in its files. You can rename it later.
        </p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Creating…" : "New board"}
        </button>
      </form>
      <FormProblem id="new-board-error" text={error} />
    </section>
  );
}
