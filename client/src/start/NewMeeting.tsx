import { useState } from "react";
import { problemText } from "../state/http";
import { createMeeting, groupNamesFrom } from "../state/meetings";
import { FormProblem } from "./FormProblem";

const EXAMPLE_GROUPS = "Group 1\nGroup 2\nGroup 3";

/** Why the form cannot be sent yet, or null when it can; the server checks the rest. */
function formProblem(groups: readonly string[]): string | null {
  return groups.length === 0 ? "Name at least one group, one per line." : null;
}

/** Creates a meeting of several groups, each with its own board, and opens its meeting page. */
export function NewMeeting() {
  const [title, setTitle] = useState("");
  const [groups, setGroups] = useState(EXAMPLE_GROUPS);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create() {
    const names = groupNamesFrom(groups);
    const problem = formProblem(names);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      const meeting = await createMeeting(title, names);
      // As for a board, the key travels in the link's #fragment only.
      window.location.assign(meeting.facilitatorUrl);
    } catch (cause) {
      setError(`Could not create the meeting: ${problemText(cause)}`);
      setBusy(false);
    }
  }

  return (
    <section className="start-card" aria-labelledby="new-meeting-heading">
      <h2 id="new-meeting-heading">New meeting</h2>
      <p className="start-hint">Several groups, a board each, led together from one page.</p>
      <form
        className="start-form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label htmlFor="meeting-title">Meeting title</label>
        <input
          id="meeting-title"
          value={title}
          maxLength={200}
          placeholder="Spring planning"
          onChange={(event) => setTitle(event.target.value)}
        />
        <label htmlFor="meeting-groups">Groups, one per line</label>
        <textarea
          id="meeting-groups"
          rows={4}
          value={groups}
          onChange={(event) => setGroups(event.target.value)}
        />
        <button
          type="submit"
          className="primary"
          disabled={busy}
          aria-describedby={error ? "new-meeting-error" : undefined}
        >
          {busy ? "Creating…" : "Create meeting"}
        </button>
      </form>
      <FormProblem id="new-meeting-error" text={error} />
    </section>
  );
}
