import { useState } from "react";
import { useTranslation } from "react-i18next";
import { problemText, RequestProblem } from "../state/http";
import { createMeeting, groupNamesFrom } from "../state/meetings";
import { agendaFromLines } from "./agendaLines";
import { ContinueFrom } from "./ContinueFrom";
import { FormProblem } from "./FormProblem";
import { rememberStart } from "./recentStarts";
import { useContinueField } from "./useContinueField";

/** Creates a meeting of several groups, each with its own board, and opens its meeting page. */
export function NewMeeting() {
  const { t } = useTranslation("common");
  const [title, setTitle] = useState("");
  // Null until the facilitator types: the example groups follow the page's language till then.
  const [typedGroups, setGroups] = useState<string | null>(null);
  const groups = typedGroups ?? t("start.newMeeting.exampleGroups");
  const [agendaText, setAgendaText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const earlier = useContinueField("meeting");

  async function create() {
    // What can be told here is told before asking the server; the server checks the rest.
    const names = groupNamesFrom(groups);
    if (names.length === 0) {
      setError(t("start.newMeeting.noGroups"));
      return;
    }
    const agenda = agendaFromLines(agendaText, names);
    if ("problem" in agenda) {
      setError(agenda.problem);
      return;
    }
    const continues = earlier.resolve();
    setError(null);
    if (continues === false) return;
    setBusy(true);
    try {
      const continuing = continues === null ? null : { continues, carryNotes: earlier.carryNotes };
      const meeting = await createMeeting(title, names, agenda.agenda, continuing);
      rememberStart({ kind: "meeting", id: meeting.id, title: meeting.title });
      // As for a board, the key travels in the link's #fragment only.
      window.location.assign(meeting.facilitatorUrl);
    } catch (cause) {
      if (continues !== null && cause instanceof RequestProblem && cause.status === 404) {
        // The meeting it continues is what the server did not find: said beside its field.
        earlier.notFound();
      } else {
        setError(t("start.newMeeting.failed", { problem: problemText(cause) }));
      }
      setBusy(false);
    }
  }

  return (
    <section className="start-card" aria-labelledby="new-meeting-heading">
      <h2 id="new-meeting-heading">{t("start.newMeeting.heading")}</h2>
      <p className="start-hint">{t("start.newMeeting.hint")}</p>
      <form
        className="start-form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label htmlFor="meeting-title">{t("start.newMeeting.titleLabel")}</label>
        <input
          id="meeting-title"
          value={title}
          maxLength={200}
          placeholder={t("start.newMeeting.titleExample")}
          onChange={(event) => setTitle(event.target.value)}
        />
        <label htmlFor="meeting-groups">{t("start.newMeeting.groupsLabel")}</label>
        <textarea
          id="meeting-groups"
          rows={4}
          value={groups}
          onChange={(event) => setGroups(event.target.value)}
        />
        <details className="start-more">
          <summary>{t("start.newMeeting.agenda")}</summary>
          <div className="start-form">
            <label htmlFor="meeting-agenda">{t("start.newMeeting.agendaLabel")}</label>
            <textarea
              id="meeting-agenda"
              rows={3}
              value={agendaText}
              placeholder={t("start.newMeeting.agendaExample")}
              aria-describedby="meeting-agenda-hint"
              onChange={(event) => setAgendaText(event.target.value)}
            />
            <p id="meeting-agenda-hint" className="start-hint">
              {t("start.newMeeting.agendaHint")}
            </p>
          </div>
        </details>
        <ContinueFrom field={earlier} />
        <button
          type="submit"
          className="primary"
          disabled={busy}
          aria-describedby={error ? "new-meeting-error" : undefined}
        >
          {busy ? t("start.newMeeting.creating") : t("start.newMeeting.create")}
        </button>
      </form>
      <FormProblem id="new-meeting-error" text={error} />
    </section>
  );
}
