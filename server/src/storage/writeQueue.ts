import type { Logger } from "../log";
import { messageOf } from "./faults";
import type { Storage } from "./storage";

export type WriteQueueOptions = {
  /** How often appends that found the database locked try again. */
  retryMs: number;
  /** An append still locked out after this long has failed, as any write failure. */
  giveUpMs: number;
  /** Bytes that may wait at once; past them a locked-out append fails at once. */
  maxBytes: number;
};

/** Told once an append waiting for the lock is stored (no error) or has failed. */
export type WriteDone = (error?: unknown) => void;

type Waiting = { doc: string; update: Uint8Array; since: number; done: WriteDone };

/**
 * Appends that found the database locked by another program (a backup tool, `sqlite3` on the
 * file, a second process) wait here instead of on the event loop. Storage waits for a lock by
 * blocking the thread, so one locked-out write would stop every board, every presence relay and
 * `/healthz` for as long as the lock is held. Here the loop goes on: the appends wait in the order
 * they came, are tried again every `retryMs`, and all go through together once the lock is gone.
 * A document's appends never overtake each other: while one of its appends waits, the next ones
 * queue behind it.
 */
export class WriteQueue {
  private readonly waiting: Waiting[] = [];
  private readonly perDoc = new Map<string, number>();
  private bytes = 0;
  private timer: NodeJS.Timeout | null = null;
  private lockedSince: number | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly options: WriteQueueOptions,
    private readonly log: Logger,
  ) {}

  /**
   * Stores `update` now, unless the database is locked or something of `doc` already waits:
   * then it waits its turn, `done` says how it ended, and this answers false. Throws what storage
   * throws for any other failure.
   */
  append(doc: string, update: Uint8Array, done: WriteDone): boolean {
    if (
      !this.perDoc.has(doc) &&
      this.storage.appendUpdate(doc, update, { waitForLock: false }) !== false
    ) {
      return true;
    }
    if (this.bytes + update.length > this.options.maxBytes) {
      throw new Error(
        `the database has been locked so long that ${this.waiting.length} writes wait; refused`,
      );
    }
    if (this.lockedSince === null) {
      this.lockedSince = Date.now();
      this.log.warn({}, "the database is locked by another program: writes wait for it");
    }
    this.waiting.push({ doc, update, since: Date.now(), done });
    this.perDoc.set(doc, (this.perDoc.get(doc) ?? 0) + 1);
    this.bytes += update.length;
    this.schedule();
    return false;
  }

  /** How many of `doc`'s appends wait for the lock. */
  waitingFor(doc: string): number {
    return this.perDoc.get(doc) ?? 0;
  }

  get size(): number {
    return this.waiting.length;
  }

  /**
   * Stores what waits (for `doc`, or for every document) now, waiting for the lock the way
   * storage does: before a server change to the document, and on shutdown.
   */
  drain(doc?: string): void {
    for (const entry of [...this.waiting]) {
      if (doc !== undefined && entry.doc !== doc) continue;
      this.settle(entry, () => this.storage.appendUpdate(entry.doc, entry.update));
    }
    this.afterRound();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.retry();
    }, this.options.retryMs);
  }

  /** Tries the waiting appends in order until the database is still locked. */
  private retry(): void {
    const now = Date.now();
    for (const entry of [...this.waiting]) {
      if (now - entry.since > this.options.giveUpMs) {
        const error = new Error(`the database stayed locked for ${this.options.giveUpMs} ms`);
        this.storage.faults.writeFailed(error);
        this.settle(entry, () => {
          throw error;
        });
        continue;
      }
      const stored = this.settle(entry, () =>
        this.storage.appendUpdate(entry.doc, entry.update, { waitForLock: false }),
      );
      if (!stored) break;
    }
    this.afterRound();
  }

  /** Runs `write` for `entry`; unless it finds the lock, the entry leaves the queue told how. */
  private settle(entry: Waiting, write: () => boolean | undefined): boolean {
    let error: unknown;
    try {
      if (write() === false) return false;
    } catch (failure) {
      error = failure;
    }
    this.waiting.splice(this.waiting.indexOf(entry), 1);
    const left = (this.perDoc.get(entry.doc) ?? 1) - 1;
    if (left > 0) this.perDoc.set(entry.doc, left);
    else this.perDoc.delete(entry.doc);
    this.bytes -= entry.update.length;
    try {
      entry.done(error);
    } catch (failure) {
      this.log.error({ err: messageOf(failure) }, "a stored write's follow-up failed");
    }
    return true;
  }

  private afterRound(): void {
    if (this.waiting.length > 0) {
      this.schedule();
      return;
    }
    if (this.lockedSince !== null) {
      this.log.warn(
        { ms: Date.now() - this.lockedSince },
        "the database lock is gone: writes go on",
      );
      this.lockedSince = null;
    }
  }
}
