// A meeting's sessions are stored with times as the API documents them: "13:30" (a time of
// day) or "2017-03-22T13:30" (a date and time). Facilitators write them as itineraries do:
// "12:30-1:50", "8:15-12", "1-3:50", "8:30am-11:30am", "8:05am-12pm". One reader, used by the
// start page and the server alike, turns both into the stored form:
//
// - a time as stored ("13:30", "08:15", "2017-03-22T13:30", seconds allowed) stays as it is;
// - a time with am or pm means what it says ("12pm" is noon, "12am" midnight);
// - any other time without am or pm is read as a working day, between 7:00 and 18:59: an hour
//   from 1 to 6 is in the afternoon, so "1" is 13:00, "5:30" 17:30, "8:15" 08:15 and "12:30"
//   12:30 (an hour written with two digits, "01:30", is taken as written).

export type SessionTimes = { start: string; end: string };

export type TimesResult = SessionTimes | { problem: string };

/** What the API stores and documents. */
const STORED = /^(\d{4}-\d{2}-\d{2}T)?([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/** A time as people write it, without a date: "1", "1:50", "8:30am", "12 p.m.". */
export const WRITTEN_TIME = String.raw`\d{1,2}(?::[0-5]\d)?(?:\s*[aApP]\.?[mM]\.?)?`;

const WRITTEN = /^(\d{1,2})(?::([0-5]\d))?(?:\s*([aApP])\.?[mM]\.?)?$/;

/** Hours without am or pm that fall in the afternoon of a working day. */
const FIRST_MORNING_HOUR = 7;

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

/** A start or end in the stored form, or null when it is not a time. */
export function normalizeTime(text: string): string | null {
  const trimmed = text.trim();
  if (STORED.test(trimmed)) return trimmed;
  const match = WRITTEN.exec(trimmed);
  if (!match) return null;
  let hour = Number(match[1]);
  const minutes = match[2] ?? "00";
  const half = match[3]?.toLowerCase();
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === "p" ? 12 : 0);
  } else if (hour > 23) {
    return null;
  } else if (hour >= 1 && hour < FIRST_MORNING_HOUR) {
    hour += 12;
  }
  return `${twoDigits(hour)}:${minutes}`;
}

/** True for a date and time, false for a time of day. */
function hasDate(time: string): boolean {
  return time.includes("T");
}

/**
 * A session's start and end in the stored form, or what is wrong: a time that is not one, or
 * an end that does not come after the start (two times of day, or two dates and times).
 */
export function sessionTimes(start: string, end: string): TimesResult {
  const from = normalizeTime(start);
  if (from === null) return { problem: `"${start.trim().slice(0, 40)}" is not a time` };
  const to = normalizeTime(end);
  if (to === null) return { problem: `"${end.trim().slice(0, 40)}" is not a time` };
  if (hasDate(from) === hasDate(to) && to <= from) {
    return { problem: `the session ends (${to}) before it starts (${from})` };
  }
  return { start: from, end: to };
}

const DASH = String.raw`\s*[-–—]\s*`;
const RANGE_FIRST = new RegExp(`^(${WRITTEN_TIME})${DASH}(${WRITTEN_TIME})\\s+(.+)$`);
const RANGE_LAST = new RegExp(`^(.+?)\\s*\\(\\s*(${WRITTEN_TIME})${DASH}(${WRITTEN_TIME})\\s*\\)$`);

/**
 * One line of a typed agenda split into its times (as written) and the rest: the times first,
 * "12:30-1:50 Principals: Review", or in parentheses at the end, as an itinerary lists them,
 * "Principals: Review (12:30-1:50)". Null when the line has no range of times in either place.
 */
export function splitAgendaLine(line: string): { start: string; end: string; rest: string } | null {
  const text = line.trim();
  const first = RANGE_FIRST.exec(text);
  if (first) return { start: first[1] ?? "", end: first[2] ?? "", rest: first[3] ?? "" };
  const last = RANGE_LAST.exec(text);
  if (last) return { start: last[2] ?? "", end: last[3] ?? "", rest: last[1] ?? "" };
  return null;
}
