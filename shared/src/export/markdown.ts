import { sharedWords, type Words } from "../i18n/translate";
import { sinceLastTimeSection } from "../progress/progressMarkdown";
import {
  type Snapshot,
  type SnapshotCluster,
  type SnapshotLane,
  type SnapshotNote,
  snapshotGlossary,
} from "../snapshot";
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions, readableTime } from "./exportTime";
import { escapeInline, escapeNoteLines, votesSuffix, type Wrap } from "./markdownText";
import { type RoomItem, roomOrder, type VotedLane } from "./roomOrder";
import { stepRows } from "./steps";
import { glossarySection, stepsSection } from "./stepsMarkdown";

// The board as the group's meeting notes, ready to paste into an email, in a shape the
// importer reads back:
//
//   # Arts Leadership Roundtable
//
//   _Exported 2026-11-22 04:00 America/Los_Angeles_
//
//   ## Priority one
//
//   _Do first_
//
//   - **Quick wins** (5 votes)
//     - Fix the doors (3 votes)
//     - Paint the hall
//   - A note in no cluster (2 votes)
//   - A note of two lines
//     whose second line is indented
//
//   ## Unsorted
//
// Lanes, clusters and notes come in the room's order (roomOrder.ts): the priorities first and
// Unsorted last, and within a lane clusters and loose notes ranked together once the export
// holds vote totals. A cluster is a bullet with its title in bold and its notes nested under
// it, so a loose note may follow it. A count "(N votes)" is written only where N > 0. Lanes are
// known by their titles; the JSON export alone carries lane ids. Notes are trimmed, and each
// line's trailing spaces dropped (they are invisible on the board, and in Markdown they would
// force a line break); notes with no text are left out. The export's own words ("Exported",
// "(5 votes)", "Untitled cluster") are in the export's language, through `t`: in Spanish
// "_Exportado el 2026-11-22 04:00 …_" and "(5 votos)", which the importer reads back too.
//
// After the lanes come "## Next steps" (a table) and "## Glossary", each only when the board
// has something for it (stepsMarkdown.ts).

/** Titles and subtitles are one line; a line break in one would end the heading. */
export function oneLine(text: string, wrap: Wrap = null): string {
  const escaped = escapeInline(text.replace(/\s+/g, " ").trim(), wrap);
  // A heading's closing run of "#"s would vanish.
  return escaped.replace(/(^|[ \t])(#+)$/, "$1\\$2");
}

/** A cluster's title as its bullet shows it (bold), never empty. */
export function clusterTitle(t: Words, title: string): string {
  const text = oneLine(title, "*");
  return `**${text === "" ? oneLine(t("export.untitledCluster"), "*") : text}**`;
}

/**
 * A note as bullet lines at `indent`, or none when it has no text. `tail` is plain text put at
 * the end of its last line (escaped with it), before the vote count.
 */
export function noteLines(t: Words, note: SnapshotNote, tail = "", indent = ""): string[] {
  const lines = note.text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd());
  if (lines.length === 1 && lines[0] === "") return [];
  lines[lines.length - 1] += tail;
  const out = escapeNoteLines(lines).map((line, i) => {
    if (i === 0) return `${indent}- ${line}`;
    return line === "" ? "" : `${indent}  ${line}`;
  });
  out[out.length - 1] += votesSuffix(note.votes, t);
  return out;
}

/** A heading such as "### Principals (5 votes)"; an empty title leaves the marks alone. */
export function headingLine(
  t: Words,
  marks: string,
  title: string,
  votes: number | null = null,
): string {
  const text = oneLine(title);
  return `${marks}${text === "" ? "" : ` ${text}`}${votesSuffix(votes, t)}`;
}

/** A lane's "##" heading and its subtitle. */
export function laneHeading(lane: { title: string; subtitle: string }): string[] {
  const out = ["", `## ${oneLine(lane.title)}`];
  if (lane.subtitle.trim() !== "") out.push("", `_${oneLine(lane.subtitle, "_")}_`);
  return out;
}

/**
 * A lane's items as bullets, after a blank line (nothing when there are none): a cluster's
 * bullet holds its notes nested under it. `tail` adds plain text to a note's last line.
 */
export function itemBullets<L extends VotedLane & { clusters: readonly SnapshotCluster[] }>(
  t: Words,
  items: readonly RoomItem<L>[],
  tail: (note: L["notes"][number] | L["clusters"][number]["notes"][number]) => string = () => "",
): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (item.kind === "note") {
      out.push(...noteLines(t, item.note as SnapshotNote, tail(item.note)));
      continue;
    }
    out.push(`- ${clusterTitle(t, item.cluster.title)}${votesSuffix(item.cluster.votes, t)}`);
    for (const note of item.notes) {
      out.push(...noteLines(t, note as SnapshotNote, tail(note), "  "));
    }
  }
  return out.length === 0 ? [] : ["", ...out];
}

/**
 * The title and the export line that open every Markdown export. `detail` is plain text added
 * to the export line, as in "Exported 2026-11-22 12:00 UTC · 3 groups: …".
 */
export function markdownHead(
  title: string,
  iso: string,
  options: ExportOptions,
  detail = "",
): string[] {
  const time = readableTime(iso, options.timeZone);
  const line = `${sharedWords(options.language)("export.exported", { time })}${detail}`;
  return [`# ${oneLine(title)}`, "", `_${oneLine(line, "_")}_`];
}

/** The snapshot as Markdown meeting notes (see the shape above); ends with a newline. */
export function snapshotToMarkdown(
  snapshot: Snapshot,
  options: ExportOptions = DEFAULT_EXPORT_OPTIONS,
): string {
  const t = sharedWords(options.language);
  const out = markdownHead(snapshot.board.title, snapshot.board.exportedAt, options);
  for (const { lane, items } of roomOrder<SnapshotLane>(snapshot.lanes)) {
    out.push(...laneHeading(lane), ...itemBullets(t, items));
  }
  out.push(...sinceLastTimeSection(t, snapshot.sinceLastTime));
  out.push(...stepsSection(t, stepRows(snapshot, t)));
  out.push(...glossarySection(t, snapshotGlossary(snapshot)));
  return `${out.join("\n")}\n`;
}
