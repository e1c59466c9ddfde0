import { DEFAULT_LANES, INBOX_LANE_ID } from "../lane";

// Which lane a heading in meeting notes names.

const PRIORITY_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  // The same notes written in Spanish: "Prioridad uno -".
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

/**
 * "Priority one -", "Priority 2:", "priority three", "Prioridad uno -", "prioridad 4"
 * (case-insensitive), dashes as typed by Word too.
 */
const PRIORITY_LINE =
  /^(?:priority|prioridad)\s+(one|two|three|four|uno|dos|tres|cuatro|[1-4])\s*(?:[-:\u2013\u2014]\s*)?$/i;

/** The inbox's default title in each language the app speaks: a heading of either names it. */
const INBOX_TITLES = ["unsorted", "sin ordenar"];

/** Separators people put after a heading, as in "Priority one -" or "Next steps:". */
const SEPARATORS = "-:\u2013\u2014";

/** Lane id p1..p4 named by a priority line, or null. */
export function priorityLane(text: string): string | null {
  const match = PRIORITY_LINE.exec(text.trim());
  const number = match?.[1] ? PRIORITY_NUMBERS[match[1].toLowerCase()] : undefined;
  return number === undefined ? null : `p${number}`;
}

/** A heading's text without a trailing separator: "Priority one -" reads as "Priority one". */
export function headingTitle(text: string): string {
  // By hand rather than with /\s*[-:]\s*$/, which takes quadratic time on a long run of spaces.
  const trimmed = text.trim();
  return SEPARATORS.includes(trimmed.slice(-1)) ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

function comparable(title: string): string {
  return headingTitle(title).replace(/\s+/g, " ").toLowerCase();
}

/**
 * The lane a Markdown heading names: the lane whose current title it matches (ignoring case,
 * spacing and a trailing separator), else the inbox by its default title in English or Spanish,
 * else the priority it spells out, else null.
 */
export function laneForHeading(
  text: string,
  laneTitles: Readonly<Record<string, string>>,
): string | null {
  const wanted = comparable(text);
  if (wanted === "") return null;
  for (const [id, title] of Object.entries(laneTitles)) {
    if (comparable(title) === wanted) return id;
  }
  if (INBOX_TITLES.includes(wanted)) return INBOX_LANE_ID;
  return priorityLane(text);
}

/**
 * The line Markdown exports of earlier versions put under the heading of a renamed lane; the
 * importer still takes the lane's id from it. Exports no longer write it: a heading names its
 * lane by its title.
 */
export const LANE_COMMENT = /^<!-- lane: ([A-Za-z0-9_-]{1,64}) -->$/;

/** Titles of a new board's lanes: what a fresh board's import would match headings against. */
export const DEFAULT_LANE_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
  DEFAULT_LANES.map((lane) => [lane.id, lane.title]),
);
