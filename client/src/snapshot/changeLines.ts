import type { SnapshotChanges } from "@roundtable/shared";
import { t } from "../i18n/i18n";

export type ChangeSection = {
  title: string;
  /** Said when the section is empty. */
  none: string;
  lines: { id: string; text: string }[];
};

/** A note's text on one line: line breaks read as spaces, very long notes shortened. */
export function oneLine(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim() || t("snapshot:changes.emptyNote");
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function total(votes: number | null): string {
  return votes === null ? t("snapshot:changes.hidden") : String(votes);
}

/**
 * The comparison as sentences: "<text> (Priority two)" for new and removed notes,
 * "<text>: Priority two → Priority four" for moves, "<text>: 2 → 5" for votes.
 */
export function changeLines(changes: SnapshotChanges): ChangeSection[] {
  return [
    {
      title: t("snapshot:changes.added.title"),
      none: t("snapshot:changes.added.none"),
      lines: changes.added.map(({ id, text, lane }) => ({
        id,
        text: `${oneLine(text)} (${lane})`,
      })),
    },
    {
      title: t("snapshot:changes.moved.title"),
      none: t("snapshot:changes.moved.none"),
      lines: changes.moved.map(({ id, text, from, to }) => ({
        id,
        text: `${oneLine(text)}: ${from} → ${to}`,
      })),
    },
    {
      title: t("snapshot:changes.removed.title"),
      none: t("snapshot:changes.removed.none"),
      lines: changes.removed.map(({ id, text, lane }) => ({
        id,
        text: `${oneLine(text)} (${lane})`,
      })),
    },
    {
      title: t("snapshot:changes.votes.title"),
      none: t("snapshot:changes.votes.none"),
      lines: changes.votes.map(({ id, text, before, after }) => ({
        id,
        text: `${oneLine(text)}: ${total(before)} → ${total(after)}`,
      })),
    },
  ];
}
