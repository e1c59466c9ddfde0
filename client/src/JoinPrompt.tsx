import { useState } from "react";
import { type Identity, MAX_NAME, saveName } from "./state/identity";

/** No accounts: a name, remembered in this browser, is all it takes to join. */
export function JoinPrompt({ onJoin }: { onJoin: (identity: Identity) => void }) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <main className="start">
      <h1>Join the board</h1>
      <form
        className="join"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) {
            setError("Please enter a name, so the others know who wrote what.");
            return;
          }
          onJoin(saveName(name));
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
