import { isValidRecordId } from "../ids";
import { DEFAULT_LANE_TITLES, laneComment, laneForHeading } from "../import/laneHeadings";
import type { Snapshot, SnapshotCluster, SnapshotLane, SnapshotNote } from "../snapshot";
import { escapeInline, escapeNoteLine, votesSuffix } from "./markdownText";

// The board as the group's meeting notes, in a shape the importer reads back exactly:
//
//   # Arts Leadership Roundtable
//
//   _Exported 2026-11-22 12:00 UTC_
//
//   ## Priority one
//
//   _Do first_
//
//   - A note in no cluster (2 votes)
//   - A note of two lines
//     whose second line is indented
//
//   ### Quick wins (5 votes)
//
//   - Fix the doors (3 votes)
//
// A lane's loose notes come before its clusters, because a bullet after a "###" heading belongs
// to that cluster. A lane whose title a fresh board would not recognise (a renamed lane) gets
// the line "<!-- lane: p4 -->" under its heading: renderers hide HTML comments, and the importer
// takes the lane's id from it. Notes are trimmed, and each line's trailing spaces dropped (they
// are invisible on the board, and in Markdown they would force a line break); empty notes are
// left out, since minutes have nothing to say about them.

/** Titles and subtitles are one line; a line break in one would end the heading. */
export function oneLine(text: string): string {
  return escapeInline(text.replace(/\s+/g, " ").trim());
}

/**
 * A note as bullet lines, or none when it is empty. `tail` is Markdown put at the end of its
 * last line, before the vote count; the caller escapes it.
 */
export function noteLines(note: SnapshotNote, tail = ""): string[] {
  const lines = note.text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd());
  if (lines.length === 1 && lines[0] === "") return [];
  const out = lines.map((line, i) => {
    if (i === 0) return `- ${escapeNoteLine(line, false)}`;
    return line === "" ? "" : `  ${escapeNoteLine(line, true)}`;
  });
  out[out.length - 1] += tail + votesSuffix(note.votes);
  return out;
}

/** The notes' bullets after a blank line, or nothing when no note has text. */
export function notesBlock<T extends SnapshotNote>(
  notes: readonly T[],
  tail: (note: T) => string = () => "",
): string[] {
  const lines = notes.flatMap((note) => noteLines(note, tail(note)));
  return lines.length === 0 ? [] : ["", ...lines];
}

/** A heading such as "### Quick wins (5 votes)"; an empty title leaves the marks alone. */
export function headingLine(marks: string, title: string, votes: number | null = null): string {
  const text = oneLine(title);
  return `${marks}${text === "" ? "" : ` ${text}`}${votesSuffix(votes)}`;
}

/** A lane's "##" heading, its id when a fresh board would not recognise it, and its subtitle. */
export function laneHeading(lane: { id: string; title: string; subtitle: string }): string[] {
  const out = ["", `## ${oneLine(lane.title)}`];
  const recognised = laneForHeading(lane.title, DEFAULT_LANE_TITLES) === lane.id;
  if (!recognised && isValidRecordId(lane.id)) out.push(laneComment(lane.id));
  if (lane.subtitle.trim() !== "") out.push("", `_${oneLine(lane.subtitle)}_`);
  return out;
}

/** Loose notes first, then each cluster under a heading of `marks` ("###" for a board's). */
export function notesAndClusters(
  notes: readonly SnapshotNote[],
  clusters: readonly SnapshotCluster[],
  marks: string,
): string[] {
  const out = notesBlock(notes);
  for (const cluster of clusters) {
    out.push("", headingLine(marks, cluster.title, cluster.votes), ...notesBlock(cluster.notes));
  }
  return out;
}

function laneBlock(lane: SnapshotLane): string[] {
  return [...laneHeading(lane), ...notesAndClusters(lane.notes, lane.clusters, "###")];
}

/** "2026-11-22 12:00 UTC" from an ISO time; anything else as it is. */
function exportedAt(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/**
 * The title and the export line that open every Markdown export. `detail` is escaped Markdown
 * added to the export line, as in "_Exported 2026-11-22 12:00 UTC · 3 groups: …_".
 */
export function markdownHead(title: string, iso: string, detail = ""): string[] {
  return [`# ${oneLine(title)}`, "", `_Exported ${escapeInline(exportedAt(iso))}${detail}_`];
}

/** The snapshot as Markdown meeting notes (see the shape above); ends with a newline. */
export function snapshotToMarkdown(snapshot: Snapshot): string {
  const out = markdownHead(snapshot.board.title, snapshot.board.exportedAt);
  for (const lane of snapshot.lanes) out.push(...laneBlock(lane));
  return `${out.join("\n")}\n`;
}
