import { createHash } from "node:crypto";

/** A stored piece of a document that was kept aside instead of loaded. */
export type DamagedPiece = {
  /** `snapshot` or `update`: a row of that table; `page`: the rows could not be read at all; `state`: the pieces load but refer to data that is not there. */
  source: "snapshot" | "update" | "page" | "state";
  /** The update's row id (`doc_updates.seq`), null for the others. */
  seq: number | null;
  /** The stored bytes as read, null when they could not be read. */
  data: Uint8Array | null;
  reason: string;
};

/** What `/healthz` says about a document found damaged; names a board by a short hash only. */
export type DamageReport = {
  board: string;
  doc: string;
  pieces: number;
  reason: string;
  at: number;
};

/**
 * The last write failure and the documents found damaged, as `/healthz` reports them. A write
 * failure stands until a write succeeds; a damaged document until it loads clean.
 */
export class StorageFaults {
  private lastWrite: { message: string; at: number } | null = null;
  private readonly damaged = new Map<string, Omit<DamageReport, "board" | "doc">>();

  get lastWriteError(): { message: string; at: number } | null {
    return this.lastWrite;
  }

  wrote(): void {
    if (this.lastWrite) this.lastWrite = null;
  }

  writeFailed(error: unknown, at = Date.now()): void {
    this.lastWrite = { message: messageOf(error), at };
  }

  damageFound(docName: string, pieces: number, reason: string, at = Date.now()): void {
    this.damaged.set(docName, { pieces, reason, at });
  }

  loadedClean(docName: string): void {
    this.damaged.delete(docName);
  }

  isDamaged(docName: string): boolean {
    return this.damaged.has(docName);
  }

  damagedDocs(): DamageReport[] {
    return [...this.damaged].map(([doc, report]) => ({
      board: boardTag(doc.split("/")[0] ?? doc),
      doc: docKind(doc),
      ...report,
    }));
  }
}

/**
 * A board's name where its id must not appear (the id is a capability): the first 12 hex
 * characters of its SHA-256. `pnpm roundtable check` prints both, so an operator can match them.
 */
export function boardTag(boardId: string): string {
  return createHash("sha256").update(boardId).digest("hex").slice(0, 12);
}

/** `board`, `control` or `votes`: which of a board's documents a stored name is. */
export function docKind(docName: string): string {
  const [, kind] = docName.split("/");
  return kind ?? "board";
}

/** A write to storage failed; nothing of it was kept. */
export class StorageWriteFailed extends Error {
  constructor(readonly docName: string) {
    super("storage failed to write");
  }
}

/** A document could not be read from storage (a failing disk, a damaged page). */
export class StorageReadFailed extends Error {
  constructor(
    readonly docName: string,
    cause: unknown,
  ) {
    super(`storage failed to read: ${messageOf(cause)}`);
  }
}

/** A document holds damaged pieces: it is read-only until repaired. */
export class DocumentDamaged extends Error {
  constructor(readonly docName: string) {
    super("this board's stored data is damaged: read-only until it is repaired");
  }
}

/** Whether SQLite says the file itself is damaged (rather than busy or failing for now). */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === "string" && (code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB")
  );
}

/** Whether SQLite refused because another connection holds the lock (try again later). */
export function isLocked(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
  );
}

export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && !message.includes(code) ? `${code}: ${message}` : message;
}
