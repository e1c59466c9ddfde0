import {
  DEFAULT_TIME_ZONE,
  exportFileName,
  isTimeZone,
  isValidBoardId,
  type Language,
  type Snapshot,
} from "@roundtable/shared";
import type { Context } from "hono";
import {
  BOARD_RENDERERS,
  EXPORT_FORMATS,
  type ExportFormat,
  isExportFormat,
  type Renderer,
} from "../exports";
import type { BoardRecord, Storage } from "../storage/storage";
import { apiError } from "./errors";
import { requestLanguage } from "./language";

/** The board named by the `:id` parameter, or the 400 or 404 to answer (before storage for 400). */
export function boardOf(c: Context, storage: Storage): BoardRecord | Response {
  const id = c.req.param("id");
  if (!isValidBoardId(id)) return apiError(c, 400, "malformed-id", "malformed board id");
  const board = storage.getBoard(id);
  if (!board) return apiError(c, 404, "unknown-board", "no board with this id");
  return board;
}

/**
 * Answers `?format=json|md|csv[&tz=<IANA time zone>][&lang=en|es]` with the snapshot rendered
 * as a download, its times in that zone (UTC without one) and its own words in that language
 * (English without one); the snapshot is made only once the query is known to be good.
 */
export function sendExport(c: Context, snapshotOf: () => Snapshot): Response {
  return sendDownload(c, snapshotOf, BOARD_RENDERERS, exportFileName);
}

/** `sendExport` for any picture with a renderer per format (a board's, a meeting's). */
export function sendDownload<S>(
  c: Context,
  snapshotOf: () => S,
  renderers: Readonly<Record<ExportFormat, Renderer<S>>>,
  fileName: (snapshot: S, format: ExportFormat, language: Language) => string,
): Response {
  const format = c.req.query("format") ?? "json";
  if (!isExportFormat(format)) {
    return apiError(c, 400, "unknown-format", "format must be json, md or csv");
  }
  const timeZone = c.req.query("tz") ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    const shown = JSON.stringify(timeZone.slice(0, 64));
    return apiError(
      c,
      400,
      "unknown-time-zone",
      `tz must be an IANA time zone such as Europe/Paris or America/Los_Angeles, not ${shown}`,
    );
  }
  const language = requestLanguage(c);
  if (language instanceof Response) return language;
  const snapshot = snapshotOf();
  const { mediaType, prefix } = EXPORT_FORMATS[format];
  return c.body(prefix + renderers[format](snapshot, { timeZone, language }), 200, {
    "Content-Type": mediaType,
    "Content-Disposition": `attachment; filename="${fileName(snapshot, format, language)}"`,
  });
}
