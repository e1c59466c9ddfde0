import { useState } from "react";
import { problemText, RequestProblem } from "../state/http";
import { normalizeJoinCode, resolveJoinCode } from "../state/meetings";
import { FormProblem } from "./FormProblem";

/** Why a code did not lead anywhere, in words for the person who typed it. */
export function joinCodeError(code: string, error: unknown): string {
  if (error instanceof RequestProblem && error.status === 404) {
    return `No group has the join code ${normalizeJoinCode(code)}. Check the code on the facilitator's screen and try again.`;
  }
  return `Could not join with that code: ${problemText(error)}`;
}

/** A participant types the code the facilitator shows and lands on their group's board. */
export function JoinWithCode() {
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function join() {
    if (!normalizeJoinCode(code)) {
      setError("Type the join code your facilitator shows, such as K7M2QX.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const found = await resolveJoinCode(code);
      window.location.assign(found.joinUrl);
    } catch (cause) {
      // The typed code stays, so a one-letter slip is fixed rather than typed again.
      setError(joinCodeError(code, cause));
      setBusy(false);
    }
  }

  return (
    <section className="start-card start-join" aria-labelledby="join-heading">
      <h2 id="join-heading">Join with a code</h2>
      <p className="start-hint">Your facilitator shows a six-character code for your group.</p>
      <form
        className="start-form"
        onSubmit={(event) => {
          event.preventDefault();
          void join();
        }}
      >
        <label htmlFor="join-code">Join code</label>
        <input
          id="join-code"
          className="code-input"
          value={code}
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="K7M2QX"
          aria-invalid={error !== null}
          aria-describedby={error ? "join-code-error" : undefined}
          onChange={(event) => setCode(event.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Joining…" : "Join group"}
        </button>
      </form>
      <FormProblem id="join-code-error" text={error} />
    </section>
  );
}
