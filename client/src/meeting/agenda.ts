import { formatDateTime } from "../i18n/format";
import type { AgendaItem } from "../state/meetings";

export type AgendaRow = AgendaItem & {
  startsAt: Date | null;
  endsAt: Date | null;
  /** Whether the session is running now. */
  current: boolean;
};

const CLOCK_TIME = /^(\d{1,2}):(\d{2})$/;

/** A session's start or end: a full date and time, or a time of day (taken as today). */
export function agendaTime(text: string, today: Date): Date | null {
  const clock = CLOCK_TIME.exec(text.trim());
  if (clock) {
    const at = new Date(today);
    at.setHours(Number(clock[1]), Number(clock[2]), 0, 0);
    return at;
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed);
}

/** The sessions in order of their start, the one running at `now` marked current. */
export function agendaRows(items: readonly AgendaItem[], now: Date): AgendaRow[] {
  return items
    .map((item) => {
      const startsAt = agendaTime(item.start, now);
      const endsAt = agendaTime(item.end, now);
      const current = startsAt !== null && endsAt !== null && startsAt <= now && now < endsAt;
      return { ...item, startsAt, endsAt, current };
    })
    .sort((a, b) => (a.startsAt?.getTime() ?? 0) - (b.startsAt?.getTime() ?? 0));
}

/** A start or end as a time of day in the page's language, or as given when it is not a time. */
export function showTime(text: string, at: Date | null): string {
  if (!at) return text;
  return formatDateTime(at, { hour: "numeric", minute: "2-digit" });
}
