import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";
import { sharedWords, type Words } from "../i18n/translate";
import type { Snapshot } from "../snapshot";

/** Longest slug taken from the board title, so names stay short on every file system. */
const MAX_SLUG = 60;

/**
 * Lower-case ASCII words joined by dashes: accents are dropped from their letters and anything
 * else (emoji, punctuation, scripts without an ASCII form) becomes a separator, so the name is
 * safe in a Content-Disposition header and on every file system.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  const lastDash = cut.lastIndexOf("-");
  return (lastDash > MAX_SLUG / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, "");
}

/** `slug`, the date of `exportedAt` (an ISO time) when it has one, and the format's extension. */
export function datedFileName(slug: string, exportedAt: string, format: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(exportedAt)?.[0];
  return date ? `${slug}-${date}.${format}` : `${slug}.${format}`;
}

/** Every format a board or a meeting exports to. */
export type FileFormat = "json" | "md" | "csv" | "steps-csv" | "glossary-csv";

/**
 * The slug's ending and the extension of a format: the next steps' and the glossary's CSV are
 * told apart from the notes' by a word in the export's language ("-next-steps", "-glosario").
 */
export function formatParts(
  format: FileFormat,
  words: Words,
): { suffix: string; extension: string } {
  if (format === "steps-csv")
    return { suffix: `-${slugify(words("export.nextSteps"))}`, extension: "csv" };
  if (format === "glossary-csv")
    return { suffix: `-${slugify(words("export.glossary"))}`, extension: "csv" };
  return { suffix: "", extension: format };
}

/**
 * E.g. "arts-leadership-roundtable-2026-11-22.md": the board's title and the export's date;
 * "board" ("tablero" in Spanish) stands in for a title with nothing ASCII to keep. The next
 * steps' CSV is "arts-leadership-roundtable-next-steps-2026-11-22.csv", the glossary's
 * "…-glossary-2026-11-22.csv".
 */
export function exportFileName(
  snapshot: Snapshot,
  format: FileFormat,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const t = sharedWords(language);
  const slug = slugify(snapshot.board.title) || slugify(t("export.boardFile"));
  const { suffix, extension } = formatParts(format, t);
  return datedFileName(`${slug}${suffix}`, snapshot.board.exportedAt, extension);
}
