import {
  applyImport,
  exportFileName,
  importedNames,
  isBoardOpError,
  META_FIELDS,
  metaMap,
  parseJsonExport,
  parseMeetingNotes,
  readBoard,
  type Snapshot,
  sharedWords,
  snapshotGlossaryToCsv,
  snapshotStepsToCsv,
} from "@roundtable/shared";
import { type Context, Hono } from "hono";
import { boardSnapshot, EXPORT_FORMATS, type Renderer } from "../exports";
import type { Storage } from "../storage/storage";
import type { Rooms } from "../sync/rooms";
import { boardOf, sendExport } from "./boardParam";
import { apiError } from "./errors";
import { facilitatorKeyOf, requireFacilitator } from "./facilitatorKey";
import { requestLanguage } from "./language";
import { progressOf } from "./progressRoutes";
import { snapshotCapReached } from "./recordCaps";
import { listedSnapshot, requestClockTime, snapshotOfBoard } from "./snapshotTaking";
import { timeZoneOf } from "./timeZoneParam";

const importTypes = ["text/plain", "text/markdown", "application/json"];

/**
 * Tables beside the notes CSV, each a file of its own so the notes CSV's columns (a contract
 * with programs) never change: `format=steps-csv` and `format=glossary-csv`.
 */
const CSV_TABLES: ReadonlyMap<string, { render: Renderer<Snapshot>; name: string }> = new Map([
  ["steps-csv", { render: snapshotStepsToCsv, name: "steps" }],
  ["glossary-csv", { render: snapshotGlossaryToCsv, name: "glossary" }],
]);

/**
 * Answers a CSV table as a download, as `sendExport` answers the other formats (the `tz` and
 * `lang` checked first, a byte-order mark for Excel), named like the notes CSV with the table's
 * name after it: "spring-roundtable-2026-03-10-steps.csv".
 */
function sendTable(c: Context, format: string, snapshotOf: () => Snapshot): Response | null {
  const table = CSV_TABLES.get(format);
  if (!table) return null;
  const { render, name } = table;
  const timeZone = timeZoneOf(c);
  if (timeZone instanceof Response) return timeZone;
  const language = requestLanguage(c);
  if (language instanceof Response) return language;
  const snapshot = snapshotOf();
  const fileName = exportFileName(snapshot, "csv", language).replace(/\.csv$/, `-${name}.csv`);
  const { mediaType, prefix } = EXPORT_FORMATS.csv;
  return c.body(prefix + render(snapshot, { timeZone, language }), 200, {
    "Content-Type": mediaType,
    "Content-Disposition": `attachment; filename="${fileName}"`,
  });
}

export function exportRoutes(storage: Storage, rooms: Rooms) {
  const app = new Hono();

  // Open to anyone with the board id: the people in the meeting take its results home.
  app.get("/:id/export", (c) => {
    const board = boardOf(c, storage);
    if (board instanceof Response) return board;
    const key = facilitatorKeyOf(c, board);
    if (key === "wrong") return requireFacilitator(c, board) as Response;
    const snapshotOf = () => {
      const snapshot = boardSnapshot(rooms, board, key === "right");
      // A board that continues another says what changed since, in its Markdown and JSON.
      // Most boards continue none: one look at `meta` spares them the comparison.
      if (!["md", "json", undefined].includes(c.req.query("format"))) return snapshot;
      if (!rooms.read(board.id, (doc) => metaMap(doc).has(META_FIELDS.continues))) return snapshot;
      const progress = progressOf(storage, rooms, board, c.req.query("tz") ?? "UTC");
      return progress.continues ? { ...snapshot, sinceLastTime: progress } : snapshot;
    };
    // The notes' formats (json, md, csv) and an unknown one's 400 go on to sendExport.
    return sendTable(c, c.req.query("format") ?? "", snapshotOf) ?? sendExport(c, snapshotOf);
  });

  app.post("/:id/import", async (c) => {
    const board = boardOf(c, storage);
    if (board instanceof Response) return board;
    const refused = requireFacilitator(c, board);
    if (refused) return refused;
    const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (!mediaType || !importTypes.includes(mediaType)) {
      return apiError(
        c,
        415,
        "unsupported-media-type",
        "send meeting notes as text/plain or text/markdown, or a JSON export as application/json",
      );
    }
    const text = await c.req.text();
    if (text.trim() === "") return apiError(c, 400, "empty-import", "there is nothing to import");
    const isJson = mediaType === "application/json";
    const laneTitles = Object.fromEntries(
      rooms.read(board.id, readBoard).lanes.map((lane) => [lane.id, lane.title]),
    );
    const parsed = isJson ? parseJsonExport(text) : parseMeetingNotes(text, laneTitles);
    if (!parsed.ok) {
      return c.json({ error: "invalid-import", message: parsed.message, line: parsed.line }, 400);
    }
    const { plan } = parsed;
    const now = Date.now();
    const time = requestClockTime(c, now);
    if (time instanceof Response) return time;
    const language = requestLanguage(c);
    if (language instanceof Response) return language;
    const capped = snapshotCapReached(c, storage, rooms.limits, board.id, now);
    if (capped) return capped;
    // The board as it was, so restoring "Before import" ("Antes de importar" with `lang=es`)
    // takes the import back. Kept only when the import goes in: a refused one (bad input, or
    // 413 past the board's size cap) leaves the board, and its snapshots, untouched.
    const name = sharedWords(language)("snapshots.beforeImport", { time });
    const before = snapshotOfBoard(rooms, board, name, now);
    let result: ReturnType<typeof applyImport>;
    try {
      // One transaction in the live room: stored, then on every connected laptop at once.
      result = rooms.changeBoard(board.id, (doc) =>
        applyImport(doc, plan, { renameLanes: isJson, setTitleIfUntitled: true }, "import"),
      );
    } catch (error) {
      if (!isBoardOpError(error)) throw error;
      return c.json({ error: "invalid-import", message: error.message, line: null }, 400);
    }
    storage.addSnapshot(before);
    const names = importedNames(plan);
    if (Object.keys(names).length > 0) rooms.controls.addPeople(board.id, names, true);
    return c.json({
      ...result,
      skipped: plan.skipped,
      title: plan.title,
      before: listedSnapshot(c, before),
    });
  });

  return app;
}
