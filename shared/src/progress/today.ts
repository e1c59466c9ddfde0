// "Today" for the people reading progress: the date on their wall calendar, in their time zone
// (an IANA name the browser sends), so a step due yesterday is overdue from their midnight.

/** `YYYY-MM-DD` of `at` (ms) in `timeZone`; throws RangeError for a zone this runtime lacks. */
export function dayIn(timeZone: string, at: number): string {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const part: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(new Date(at))) part[type] = value;
  return `${part.year}-${part.month}-${part.day}`;
}
