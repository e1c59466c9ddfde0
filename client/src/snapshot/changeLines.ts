import type { SnapshotChanges } from "@roundtable/shared";

export type ChangeSection = {
  title: string;
  /** Said when the section is empty. */
  none: string;
  lines: { id: string; text: string }[];
};

/** A note's text on one line: line breaks read as spaces, very long notes shortened. */
export function oneLine(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim() || "(empty note)";
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function total(votes: number | null): string {
  return votes === null ? "hidden" : String(votes);
}

/**
 * The comparison as sentences: "<text> (Priority two)" for new and removed notes,
 * "<text>: Priority two → Priority four" for moves, "<text>: 2 → 5" for votes.
 */
export function changeLines(changes: SnapshotChanges): ChangeSection[] {
  return [
    {
      title: "New notes",
      none: "No notes were added.",
      lines: changes.added.map(({ id, text, lane }) => ({
        id,
        text: `${oneLine(text)} (${lane})`,
      })),
    },
    {
      title: "Moved between priorities",
      none: "No note changed priority.",
      lines: changes.moved.map(({ id, text, from, to }) => ({
        id,
        text: `${oneLine(text)}: ${from} → ${to}`,
      })),
    },
    {
      title: "Removed",
      none: "No notes were removed.",
      lines: changes.removed.map(({ id, text, lane }) => ({
        id,
        text: `${oneLine(text)} (${lane})`,
      })),
    },
    {
      title: "Votes changed",
      none: "No vote totals changed.",
      lines: changes.votes.map(({ id, text, before, after }) => ({
        id,
        text: `${oneLine(text)}: ${total(before)} → ${total(after)}`,
      })),
    },
  ];
}
