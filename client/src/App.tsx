import { useState } from "react";

type CreatedBoard = { id: string; facilitatorUrl: string };

/** The start page: create a board and open it as its facilitator. */
export function App() {
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
      setError(
        `Could not create a board: ${cause instanceof Error ? cause.message : String(cause)}`,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="start">
      <h1>Roundtable</h1>
      <p className="tagline">Sticky notes, four priorities, one clear result.</p>
      <button type="button" className="primary" onClick={createBoard} disabled={busy}>
        {busy ? "Creating…" : "New board"}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </main>
  );
}
