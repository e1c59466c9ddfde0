import type { AgendaItem } from "../state/meetings";

// An agenda typed the way a facilitator writes an itinerary, one session a line:
//
//   12:30-12:50 Principals: Review of the itinerary
//   13:00-14:20 Directors
//
// 24-hour times, any dash between them, then the group and, after a colon, what the session is.

const LINE = /^(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s+(.+)$/;

export type AgendaParse = { agenda: AgendaItem[] } | { problem: string };

function clock(hours: string, minutes: string): string | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, "0")}:${minutes}`;
}

/** The sessions of a typed agenda, or what is wrong with its first bad line. */
export function agendaFromLines(text: string, groups: readonly string[]): AgendaParse {
  const agenda: AgendaItem[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "") continue;
    const where = `Agenda line ${index + 1}`;
    const match = LINE.exec(line);
    if (!match) {
      return { problem: `${where}: write it as "13:00-14:20 Group name: what it is about".` };
    }
    const [, h1 = "", m1 = "", h2 = "", m2 = "", rest = ""] = match;
    const start = clock(h1, m1);
    const end = clock(h2, m2);
    if (!start || !end) return { problem: `${where}: times run from 00:00 to 23:59.` };
    if (end <= start) return { problem: `${where}: the session ends before it starts.` };
    const colon = rest.indexOf(":");
    const named = (colon === -1 ? rest : rest.slice(0, colon)).trim();
    const group = groups.find((name) => name.toLowerCase() === named.toLowerCase());
    if (!group) return { problem: `${where}: there is no group "${named}" in the list above.` };
    const title = colon === -1 ? "" : rest.slice(colon + 1).trim();
    agenda.push({ group, title, start, end });
  }
  return { agenda };
}
