import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";

// Times in an export are shown in the facilitator's time zone (an IANA name such as
// "America/Los_Angeles", which the browser sends along), UTC when none is given. The export's
// own words ("Exported", "(3 votes)") are in its language, English when none is given; the
// board's words (titles, notes, names) stay as typed, and CSV columns and JSON keys never change.

export const DEFAULT_TIME_ZONE = "UTC";

/** What renders an export besides the picture itself. */
export type ExportOptions = { timeZone: string; language: Language };

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  timeZone: DEFAULT_TIME_ZONE,
  language: DEFAULT_LANGUAGE,
};

const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/** True for a time zone this runtime knows by its IANA name ("Europe/Paris", "UTC"). */
export function isTimeZone(value: unknown): boolean {
  if (typeof value !== "string" || !ZONE_SHAPE.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

type Parts = { date: string; time: string; seconds: string; offsetMinutes: number };

function partsIn(ms: number, timeZone: string): Parts {
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const part: Record<string, string> = {};
  for (const { type, value } of format.formatToParts(new Date(ms))) part[type] = value;
  const date = `${part.year}-${part.month}-${part.day}`;
  const time = `${part.hour}:${part.minute}`;
  const wall = Date.UTC(
    Number(part.year),
    Number(part.month) - 1,
    Number(part.day),
    Number(part.hour),
    Number(part.minute),
    Number(part.second),
  );
  const offsetMinutes = Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
  return { date, time, seconds: part.second ?? "00", offsetMinutes };
}

function validMs(iso: string): number | null {
  const ms = Date.parse(iso);
  return /^\d{4}-\d{2}-\d{2}T/.test(iso) && !Number.isNaN(ms) ? ms : null;
}

/** "2026-11-22 04:00 America/Los_Angeles" (or "… UTC") from an ISO time; anything else as it is. */
export function readableTime(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const ms = validMs(iso);
  if (ms === null) return iso;
  const { date, time } = partsIn(ms, timeZone);
  return `${date} ${time} ${timeZone}`;
}

/**
 * The ISO 8601 time in the zone, with its offset ("2026-11-22T01:30:00.000-08:00"); in UTC the
 * same text as toISOString, so exports without a zone read as they always did.
 */
export function zonedIsoTime(iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const ms = validMs(iso);
  if (ms === null || timeZone === DEFAULT_TIME_ZONE) return iso;
  const { date, time, seconds, offsetMinutes } = partsIn(ms, timeZone);
  const millis = String(((ms % 1000) + 1000) % 1000).padStart(3, "0");
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return `${date}T${time}:${seconds}.${millis}${offset}`;
}
