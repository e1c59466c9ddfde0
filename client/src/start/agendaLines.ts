import { normalizeTime, sessionTimes, splitAgendaLine } from "@roundtable/shared";
import { t } from "../i18n/i18n";
import type { AgendaItem } from "../state/meetings";

// An agenda typed the way a facilitator writes an itinerary, one session a line, the times
// first or in parentheses at the end:
//
//   12:30-12:50 Principals: Review of the itinerary
//   Directors (2:00-3:20)
//   8:30am-11:30am Cohort 2 SLTs
//
// The group comes first, then, after a colon, what the session is. Times are read as the
// server reads them (shared/src/agenda/sessionTimes.ts): "1:50" without am or pm is 13:50.

export type AgendaParse = { agenda: AgendaItem[] } | { problem: string };

/** The sessions of a typed agenda, or what is wrong with its first bad line. */
export function agendaFromLines(text: string, groups: readonly string[]): AgendaParse {
  const agenda: AgendaItem[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const at = index + 1;
    const parts = splitAgendaLine(line);
    if (!parts) return { problem: t("common:start.agenda.badLine", { line: at }) };
    // The shared reader says what is wrong in English; the same checks are said here in the
    // page's language: a time that is not one, else an end before the start.
    for (const written of [parts.start, parts.end]) {
      if (normalizeTime(written) === null) {
        const time = written.trim().slice(0, 40);
        return { problem: t("common:start.agenda.notATime", { line: at, time }) };
      }
    }
    const times = sessionTimes(parts.start, parts.end);
    if ("problem" in times) {
      const start = normalizeTime(parts.start);
      const end = normalizeTime(parts.end);
      return { problem: t("common:start.agenda.endsBeforeStart", { line: at, start, end }) };
    }
    const { rest } = parts;
    const colon = rest.indexOf(":");
    const named = (colon === -1 ? rest : rest.slice(0, colon)).trim();
    const group = groups.find((name) => name.toLowerCase() === named.toLowerCase());
    if (!group) return { problem: t("common:start.agenda.noGroup", { line: at, group: named }) };
    const title = colon === -1 ? "" : rest.slice(colon + 1).trim();
    agenda.push({ group, title, ...times });
  }
  return { agenda };
}
