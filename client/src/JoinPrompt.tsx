import { useState } from "react";
import { type Identity, lastName, MAX_NAME, saveName } from "./state/identity";

/**
 * No accounts: a name is all it takes to join. The name typed last in this browser is offered,
 * never sent on its own: on a shared laptop the next person changes it first.
 */
export function JoinPrompt({
  boardId,
  title,
  onJoin,
}: {
  boardId: string;
  /** The board's title, once known, so people see what they are joining. */
  title: string | null;
  onJoin: (identity: Identity) => void;
}) {
  const [name, setName] = useState(lastName);
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="start join-page">
      <h1>{title ? `Join ${title}` : "Join the board"}</h1>
      <p className="join-hint">
        Your name goes on your notes and in the list of people here. No account, no password.
      </p>
      <form
        className="join"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) {
            setError("Please enter a name, so the others know who wrote what.");
            return;
          }
          onJoin(saveName(name, boardId));
        }}
      >
        <label htmlFor="join-name">Your name</label>
        <input
          id="join-name"
          value={name}
          maxLength={MAX_NAME}
          autoComplete="name"
          // biome-ignore lint/a11y/noAutofocus: the name is the only thing on this page
          autoFocus
          aria-describedby={error ? "join-error" : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="primary">
          Join
        </button>
        {error && (
          <p id="join-error" role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}
