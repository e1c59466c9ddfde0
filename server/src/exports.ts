import {
  controlDocName,
  type ExportOptions,
  readControl,
  type Snapshot,
  snapshotBoard,
  snapshotToCsv,
  snapshotToJson,
  snapshotToMarkdown,
} from "@roundtable/shared";
import type * as Y from "yjs";
import { type BoardRecord, readStoredDoc, type Storage } from "./storage/storage";
import { countedBoardTotals } from "./sync/boardVotes";

/** Where a board's documents are read from: the live rooms (the server) or storage (the CLI). */
export type BoardReader = {
  read<T>(docName: string, read: (doc: Y.Doc) => T): T;
  currentTotals(boardId: string): Record<string, number>;
};

export type ExportFormat = "json" | "md" | "csv";

/** How each format is sent: its media type, and what goes before the rendered text. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormat, { mediaType: string; prefix: string }>> =
  {
    json: { mediaType: "application/json; charset=utf-8", prefix: "" },
    md: { mediaType: "text/markdown; charset=utf-8", prefix: "" },
    // A byte-order mark, so Excel reads the file as UTF-8 (curly quotes, accents, emoji) instead
    // of the local code page; other readers skip it.
    csv: { mediaType: "text/csv; charset=utf-8", prefix: "\uFEFF" },
  };

/** Renders a picture (a board's snapshot, a meeting's result) into one format. */
export type Renderer<S> = (snapshot: S, options: ExportOptions) => string;

/** How a board's snapshot renders into each format; JSON keeps its times in UTC. */
export const BOARD_RENDERERS: Readonly<Record<ExportFormat, Renderer<Snapshot>>> = {
  json: (snapshot) => snapshotToJson(snapshot),
  md: snapshotToMarkdown,
  csv: snapshotToCsv,
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === "string" && Object.hasOwn(EXPORT_FORMATS, value);
}

/**
 * The board as it is now, read from its live room or from storage. Vote totals come along once
 * the facilitator has revealed them; `withHiddenVotes` (the facilitator asking) adds them before.
 */
export function boardSnapshot(
  rooms: BoardReader,
  board: BoardRecord,
  withHiddenVotes: boolean,
  now = Date.now(),
): Snapshot {
  const control = rooms.read(controlDocName(board.id), readControl);
  const totals = control.totals ?? (withHiddenVotes ? rooms.currentTotals(board.id) : null);
  return rooms.read(board.id, (doc) =>
    snapshotBoard(doc, { boardId: board.id, totals, names: control.people, now }),
  );
}

/** Reads boards straight from storage, for programs beside a running server (the CLI). */
export function storedBoards(storage: Storage): BoardReader {
  return {
    read: (name, read) => readStoredDoc(storage, name, read),
    currentTotals: (boardId) =>
      countedBoardTotals(boardId, {
        read: (name, read) => readStoredDoc(storage, name, read),
        docNames: (prefix) => storage.docNamesWithPrefix(prefix),
      }),
  };
}
