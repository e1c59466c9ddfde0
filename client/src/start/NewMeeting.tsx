import { useState } from "react";
import { problemText } from "../state/http";
import { createMeeting, groupNamesFrom } from "../state/meetings";
import { agendaFromLines } from "./agendaLines";
import { FormProblem } from "./FormProblem";

const EXAMPLE_GROUPS = "Group 1\nGroup 2\nGroup 3";

/** Creates a meeting of several groups, each with its own board, and opens its meeting page. */
export function NewMeeting() {
  const [title, setTitle] = useState("");
  const [groups, setGroups] = useState(EXAMPLE_GROUPS);
  const [agendaText, setAgendaText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create() {
    // What can be told here is told before asking the server; the server checks the rest.
    const names = groupNamesFrom(groups);
    if (names.length === 0) {
      setError("Name at least one group, one per line.");
      return;
    }
    const agenda = agendaFromLines(agendaText, names);
    if ("problem" in agenda) {
      setError(agenda.problem);
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const meeting = await createMeeting(title, names, agenda.agenda);
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
        <details className="start-more">
          <summary>Agenda (optional)</summary>
          <div className="start-form">
            <label htmlFor="meeting-agenda">Agenda, one session per line</label>
            <textarea
              id="meeting-agenda"
              rows={3}
              value={agendaText}
              placeholder={"12:30-13:50 Group 1: Review\n14:00-15:20 Group 2"}
              aria-describedby="meeting-agenda-hint"
              onChange={(event) => setAgendaText(event.target.value)}
            />
            <p id="meeting-agenda-hint" className="start-hint">
              Start and end (24-hour), the group, and after a colon what the session is about.
            </p>
          </div>
        </details>
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
