import { isStepDate } from "@roundtable/shared";
import { formatDateTime } from "../i18n/format";

/** A step's "by when" (`YYYY-MM-DD`) as a date in the page's language; "" for none. */
export function formatDue(due: string): string {
  if (!isStepDate(due)) return "";
  const [year, month, day] = due.split("-").map(Number) as [number, number, number];
  // Noon of that day here: the same calendar day in whatever zone the page reads it.
  return formatDateTime(new Date(year, month - 1, day, 12), { dateStyle: "medium" });
}
