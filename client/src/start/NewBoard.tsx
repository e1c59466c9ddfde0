import { useState } from "react";
import { problemText } from "../state/http";
import { FormProblem } from "./FormProblem";

type CreatedBoard = { id: string; facilitatorUrl: string };

/** Creates a board and opens it as its facilitator. */
export function NewBoard() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function createBoard() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/boards", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({}),
      });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
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
      <button type="button" className="primary" onClick={createBoard} disabled={busy}>
        {busy ? "Creating…" : "New board"}
      </button>
      <FormProblem id="new-board-error" text={error} />
    </section>
  );
}
