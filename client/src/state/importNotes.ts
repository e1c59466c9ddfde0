import { t } from "../i18n/i18n";
import { authHeaders, problemFrom, request } from "./http";
import { languageQuery, timeZoneQuery } from "./snapshots";

export type ImportContentType = "text/plain" | "text/markdown" | "application/json";

/** What the server made of an import. */
export type ImportResult = {
  notes: number;
  clusters: number;
  lanes: number;
  /** Lines that were not notes (headings aside), with their numbers. */
  skipped: { line: number; text: string }[];
  title: string | null;
};

/** The extensions the file box accepts. */
export const IMPORT_EXTENSIONS = [".txt", ".md", ".json"] as const;

/** JSON files as JSON, Markdown as Markdown, everything else (a .txt, a paste) as plain text. */
export function contentTypeFor(fileName: string | null): ImportContentType {
  const name = fileName?.toLowerCase() ?? "";
  if (name.endsWith(".json")) return "application/json";
  if (name.endsWith(".md") || name.endsWith(".markdown")) return "text/markdown";
  return "text/plain";
}

/** Whether the file box may take `fileName`. */
export function isImportable(fileName: string): boolean {
  const name = fileName.toLowerCase();
  return IMPORT_EXTENSIONS.some((extension) => name.endsWith(extension));
}

/** E.g. "Added 23 notes in 4 priorities; 5 lines were not notes:". */
export function importSummary(result: ImportResult): string {
  const priorities = t("state:import.priorities", { count: result.lanes });
  const added =
    result.clusters > 0
      ? t("state:import.addedWithClusters", {
          count: result.notes,
          clusters: t("state:import.clusters", { count: result.clusters }),
          priorities,
        })
      : t("state:import.added", { count: result.notes, priorities });
  const skipped = result.skipped.length;
  if (skipped === 0) return t("state:import.done", { added });
  return t("state:import.skipped", { added, count: skipped });
}

function readResult(body: unknown): ImportResult {
  const value = (body ?? {}) as Partial<Record<keyof ImportResult, unknown>>;
  const number = (n: unknown) => (typeof n === "number" && Number.isFinite(n) ? n : 0);
  const skipped = Array.isArray(value.skipped)
    ? value.skipped.flatMap((entry: unknown) => {
        const { line, text } = (entry ?? {}) as { line?: unknown; text?: unknown };
        return typeof line === "number" && typeof text === "string" ? [{ line, text }] : [];
      })
    : [];
  return {
    notes: number(value.notes),
    clusters: number(value.clusters),
    // A count, or the ids of the lanes that received notes.
    lanes: Array.isArray(value.lanes) ? value.lanes.length : number(value.lanes),
    skipped,
    title: typeof value.title === "string" ? value.title : null,
  };
}

/**
 * Sends meeting notes to the board; the new notes reach every open board through the usual
 * sync. Throws a RequestProblem (with the line, when the server names one) for bad input.
 */
export async function importNotes(
  boardId: string,
  key: string | null,
  text: string,
  type: ImportContentType,
): Promise<ImportResult> {
  // The server keeps the board as it was under "Before import HH:MM", in this laptop's time and
  // the page's language.
  const query = `${timeZoneQuery()}&${languageQuery()}`;
  const path = `/api/boards/${encodeURIComponent(boardId)}/import?${query}`;
  const response = await request(path, {
    method: "POST",
    headers: { ...authHeaders(key), "content-type": `${type}; charset=utf-8` },
    body: text,
  });
  if (!response.ok) throw await problemFrom(response, t("state:http.action.importNotes"));
  return readResult(await response.json());
}
