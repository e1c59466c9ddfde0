import type { Language } from "@roundtable/shared";
import { currentLanguage, t } from "../i18n/i18n";
import { authHeaders, problemFrom, request } from "./http";

export type ExportFormat = "md" | "csv" | "json";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["md", "csv", "json"];

/**
 * The file name a `Content-Disposition` header gives: the UTF-8 `filename*` when present (it
 * can hold accents), else `filename`, else null. Path parts are dropped, never followed.
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  let name: string | null = null;
  if (extended) {
    try {
      name = decodeURIComponent(extended.trim());
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/.exec(header);
    name = plain?.[1]?.replace(/\\(.)/g, "$1") ?? plain?.[2]?.trim() ?? null;
  }
  const base = name?.split(/[\\/]/).pop()?.trim();
  return base ? base : null;
}

/** Characters file systems refuse in a name; control characters go the same way. */
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|]+/g;

function withoutControls(text: string): string {
  return [...text].map((char) => ((char.codePointAt(0) ?? 0) < 32 ? "-" : char)).join("");
}

/** `<title>.<extension>`, with what a file system would refuse replaced by dashes. */
export function fileNameFor(title: string, extension: string): string {
  const safe = withoutControls(title)
    .replace(UNSAFE_IN_FILE_NAMES, "-")
    .replace(/\s+/g, " ")
    .trim();
  const base = safe.replace(/^[.-]+|[.-]+$/g, "").slice(0, 100) || t("state:download.fileName");
  return `${base}.${extension}`;
}

/** Hands `blob` to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  saveUrl(url, name);
  // The click has started the download; the browser still needs the URL for a moment.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Downloads what `url` holds (a blob: or data: URL) as `name`. */
export function saveUrl(url: string, name: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Fetches an export and saves it under the name the server gives. The facilitator's key, when
 * given, makes the server include vote totals that are still hidden from the room. Returns the
 * file name; throws a RequestProblem saying what went wrong.
 */
export async function downloadExport(url: string, key: string | null): Promise<string> {
  const response = await request(url, { headers: authHeaders(key) });
  if (!response.ok) throw await problemFrom(response, t("state:http.action.exportHiddenVotes"));
  const format = new URL(url, window.location.href).searchParams.get("format");
  const fallback = `${t("state:download.fileName")}.${format}`;
  const name = fileNameFromDisposition(response.headers.get("content-disposition")) ?? fallback;
  saveBlob(await response.blob(), name);
  return name;
}

/** This browser's IANA time zone ("Europe/Paris"), or null when it does not say. */
export function browserTimeZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/**
 * The query of an export: the format, the time zone its times are written in (this browser's,
 * so the facilitator reads the times as the room's clocks show them) and the language its
 * words are written in (the page's).
 */
export function exportQuery(
  format: ExportFormat,
  timeZone = browserTimeZone(),
  language: Language = currentLanguage(),
): string {
  const zone = timeZone ? `&tz=${encodeURIComponent(timeZone)}` : "";
  return `format=${format}${zone}&lang=${encodeURIComponent(language)}`;
}

/** A view link's export: the board's files without its id or any hidden votes. */
export function viewExportUrl(
  viewToken: string,
  format: ExportFormat,
  timeZone = browserTimeZone(),
): string {
  return `/api/view/${encodeURIComponent(viewToken)}/export?${exportQuery(format, timeZone)}`;
}

export function boardExportUrl(
  boardId: string,
  format: ExportFormat,
  timeZone = browserTimeZone(),
): string {
  return `/api/boards/${encodeURIComponent(boardId)}/export?${exportQuery(format, timeZone)}`;
}

export function snapshotExportUrl(
  snapshotId: string,
  format: ExportFormat,
  timeZone = browserTimeZone(),
): string {
  return `/api/snapshots/${encodeURIComponent(snapshotId)}/export?${exportQuery(format, timeZone)}`;
}
