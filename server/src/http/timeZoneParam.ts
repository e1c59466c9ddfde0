import { DEFAULT_TIME_ZONE, isTimeZone } from "@roundtable/shared";
import type { Context } from "hono";
import { apiError } from "./errors";

/** The `tz` query (an IANA time zone; UTC without one), or the 400 to answer, as exports do. */
export function timeZoneOf(c: Context): string | Response {
  const timeZone = c.req.query("tz") ?? DEFAULT_TIME_ZONE;
  if (isTimeZone(timeZone)) return timeZone;
  const shown = JSON.stringify(timeZone.slice(0, 64));
  return apiError(
    c,
    400,
    "unknown-time-zone",
    `tz must be an IANA time zone such as Europe/Paris or America/Los_Angeles, not ${shown}`,
  );
}
