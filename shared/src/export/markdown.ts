import { isValidRecordId } from "../ids";
import { DEFAULT_LANE_TITLES, laneComment, laneForHeading } from "../import/laneHeadings";
import type { Snapshot, SnapshotLane, SnapshotNote } from "../snapshot";
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
function oneLine(text: string): string {
  return escapeInline(text.replace(/\s+/g, " ").trim());
}

function noteLines(note: SnapshotNote): string[] {
  const lines = note.text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd());
  if (lines.length === 1 && lines[0] === "") return [];
  const out = lines.map((line, i) => {
    if (i === 0) return `- ${escapeNoteLine(line, false)}`;
    return line === "" ? "" : `  ${escapeNoteLine(line, true)}`;
  });
  out[out.length - 1] += votesSuffix(note.votes);
  return out;
}

function notesBlock(notes: readonly SnapshotNote[]): string[] {
  const lines = notes.flatMap(noteLines);
  return lines.length === 0 ? [] : ["", ...lines];
}

function laneBlock(lane: SnapshotLane): string[] {
  const out = ["", `## ${oneLine(lane.title)}`];
  const recognised = laneForHeading(lane.title, DEFAULT_LANE_TITLES) === lane.id;
  if (!recognised && isValidRecordId(lane.id)) out.push(laneComment(lane.id));
  if (lane.subtitle.trim() !== "") out.push("", `_${oneLine(lane.subtitle)}_`);
  out.push(...notesBlock(lane.notes));
  for (const cluster of lane.clusters) {
    const title = oneLine(cluster.title);
    out.push("", `###${title === "" ? "" : ` ${title}`}${votesSuffix(cluster.votes)}`);
    out.push(...notesBlock(cluster.notes));
  }
  return out;
}

function exportedAt(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** The snapshot as Markdown meeting notes (see the shape above); ends with a newline. */
export function snapshotToMarkdown(snapshot: Snapshot): string {
  const out = [
    `# ${oneLine(snapshot.board.title)}`,
    "",
    `_Exported ${escapeInline(exportedAt(snapshot.board.exportedAt))}_`,
  ];
  for (const lane of snapshot.lanes) out.push(...laneBlock(lane));
  return `${out.join("\n")}\n`;
}
