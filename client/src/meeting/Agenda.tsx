import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AgendaItem } from "../state/meetings";
import { agendaRows, showTime } from "./agenda";

/** The time now, moving on every half minute: enough to follow an agenda. */
function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const interval = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(interval);
  }, [everyMs]);
  return now;
}

/** The meeting's sessions with their times and groups, the one running now marked. */
export function Agenda({ items }: { items: readonly AgendaItem[] }) {
  const { t } = useTranslation("meeting");
  const now = useNow();
  const rows = agendaRows(items, now);
  return (
    <section className="meeting-agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{t("agenda.heading")}</h2>
      <ol className="agenda-list">
        {rows.map((row) => (
          <li
            key={`${row.group}|${row.start}|${row.title}`}
            className={row.current ? "agenda-now" : undefined}
            aria-current={row.current ? "time" : undefined}
          >
            <span className="agenda-time">
              {showTime(row.start, row.startsAt)}–{showTime(row.end, row.endsAt)}
            </span>
            <span className="agenda-title">{row.title || t("agenda.untitledSession")}</span>
            <span className="agenda-group">{row.group}</span>
            {row.current && <span className="agenda-badge">{t("agenda.now")}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
