import { migrateBoard, purgeTrash, ROOT_NAMES } from "@roundtable/shared";
import * as Y from "yjs";
import type { Limits } from "../limits";
import type { Logger } from "../log";
import { type DamagedPiece, isCorruption, messageOf, StorageReadFailed } from "../storage/faults";
import type { Storage, StoredDoc } from "../storage/storage";
import { loadPieces, storedPieces } from "../storage/storedLoad";
import type { WriteQueue } from "../storage/writeQueue";
import { closeCode } from "./protocol";
import { writesUnderRoot } from "./rootWrites";
import { type CheckedUpdate, checkUpdate } from "./updateCheck";

const boardRoots: ReadonlySet<string> = new Set(ROOT_NAMES);

/**
 * A board document's defaults: its own roots, migrated on load and its trash purged of notes
 * deleted over 30 days ago, every write allowed.
 */
const boardDocument = {
  roots: boardRoots,
  prepare: (doc: Y.Doc) => {
    migrateBoard(doc);
    purgeTrash(doc);
  },
  permit: (): WriteVerdict => accepted,
};

/** Origin of the transaction that loads stored state: it is already stored, so not stored again. */
const loadOrigin = Symbol("load from storage");
/** Origin of a client's update applied after it was stored and sent on. */
const forwardedOrigin = Symbol("stored and sent");

export type WriteVerdict = { ok: true } | { ok: false; code: number; reason: string };

/** A change the server would make that would take a document past its size cap; nothing was kept. */
export class BoardFullError extends Error {
  constructor(
    readonly docName: string,
    limitBytes: number,
  ) {
    super(`the board would pass ${Math.round(limitBytes / (1024 * 1024))} MB; nothing was changed`);
  }
}

/**
 * A server change made in memory but not stored yet: `commit` stores it and sends it to
 * everyone, `discard` drops it (the document reloads from storage), `fits` says whether the
 * document's cap leaves room for it.
 */
export type StagedChange<T> = {
  readonly result: T;
  fits(): boolean;
  commit(): void;
  discard(): void;
};

export type LiveDocumentHooks = {
  /** The root types a client's update may write. */
  roots?: ReadonlySet<string>;
  /** Runs on the document each time it is loaded (migrations). */
  prepare?(doc: Y.Doc): void;
  /**
   * Whether `origin` may apply this well-formed update (`checked` holds it, decoded, and what
   * the check's walk learned) to `doc`; asked before anything is stored.
   */
  permit?(checked: CheckedUpdate, doc: Y.Doc, origin: unknown): WriteVerdict;
  /** Called with every change after it is stored: the room sends it on. */
  onStored(update: Uint8Array, origin: unknown): void;
  /** Called once when storage fails: memory then holds what storage does not. */
  onStorageFailure(): void;
  /**
   * Where a client's change waits while another program holds the database's lock; without
   * it, the append waits for the lock on the thread.
   */
  writes?: WriteQueue;
};

/**
 * A board's Y.Doc backed by storage. Storage is the truth: every change is appended before it
 * is announced, so the document in memory can be loaded late and dropped early.
 * - A client joining a board that is not in memory gets the stored snapshot's bytes as they
 *   are; the server applies them when it first needs the document (an edit, a client that
 *   holds state, a read), so a cold join waits for a read, not for a full apply plus an encode.
 * - A document untouched for `hibernateAfterMs` is compacted and dropped while its people stay
 *   connected (presence lives in the room); the next change or join reloads it.
 */
export class LiveDocument {
  private ydoc: Y.Doc | null = null;
  /** Stored bytes equal to the whole stored state, read but not yet applied. */
  private unappliedSnapshot: Uint8Array | null = null;
  private readonly whenLoaded: (() => void)[] = [];
  private storedBytes = 0;
  private updatesSinceCompaction = 0;
  private bytesSinceCompaction = 0;
  private compactionScheduled = false;
  private failed = false;
  /** Damaged pieces were found on loading: read-only, never compacted (see `markDamaged`). */
  private damaged = false;
  private lastActiveAt = Date.now();
  /** While the server stages a change: its updates, held back from storage. */
  private staging: Uint8Array[] | null = null;
  /** Changes applied in memory that wait for the database's lock: nobody has seen them. */
  private waitingWrites = 0;
  private readonly whenAllStored: (() => void)[] = [];

  constructor(
    readonly name: string,
    private readonly storage: Storage,
    private readonly limits: Limits,
    private readonly log: Logger,
    private readonly hooks: LiveDocumentHooks,
  ) {
    this.takeStored(this.readStored());
  }

  get isLoaded(): boolean {
    return this.ydoc !== null;
  }

  /** A write failed: memory may hold what storage does not, so the document is dropped. */
  get storageFailed(): boolean {
    return this.failed;
  }

  /** The stored state has damaged pieces: the document is read-only. Loads it to know. */
  get isDamaged(): boolean {
    this.ensureLoaded();
    return this.damaged;
  }

  /** The document with everything stored applied, loading it if needed. */
  get doc(): Y.Doc {
    return this.ensureLoaded();
  }

  /** Runs `action` once the document is in memory: now, or right after the pending apply. */
  afterLoad(action: () => void): void {
    if (this.ydoc) action();
    else this.whenLoaded.push(action);
  }

  /** Whether changes wait for the database's lock (the document then stays in memory). */
  get hasWaitingWrites(): boolean {
    return this.waitingWrites > 0;
  }

  /**
   * Runs `action` once every change applied so far is stored: now, or when the database's lock
   * is gone. What a client is sent of the document (the answer to its sync step 1) waits for
   * this, so nobody sees a change before it is stored.
   */
  whenStored(action: () => void): void {
    if (this.waitingWrites === 0) action();
    else this.whenAllStored.push(action);
  }

  /** The answer to a client's sync step 1: the update holding what its state vector lacks. */
  missingFor(stateVector: Uint8Array): Uint8Array {
    this.lastActiveAt = Date.now();
    if (!this.ydoc && Y.decodeStateVector(stateVector).size === 0) {
      if (!this.unappliedSnapshot) this.takeStored(this.readStored());
      const snapshot = this.unappliedSnapshot;
      if (snapshot) {
        // Applied when first needed: a client with nothing has nothing to send back, so the
        // server's own step 1 waits for the load, and the joining client's apply has the CPU.
        this.unappliedSnapshot = snapshot;
        return snapshot;
      }
    }
    return Y.encodeStateAsUpdate(this.doc, stateVector);
  }

  /**
   * Validates a client's update and applies it; nothing of a refused update is stored or sent.
   * An update that brings new items is stored and sent on as the client sent it before the
   * server applies it, so the others see it without waiting for that apply. Anything else
   * (deletions only, or what the server already has) is applied first, and only what it
   * changed is stored and sent.
   */
  applyClientUpdate(update: Uint8Array, origin: unknown): WriteVerdict {
    if (this.failed) return storageFailed;
    const doc = this.doc;
    const verdict = checkUpdate(update, doc, this.hooks.roots ?? boardDocument.roots, this.limits);
    if (!verdict.ok) return { ok: false, code: closeCode.malformedMessage, reason: verdict.reason };
    const { checked } = verdict;
    if (this.damaged) {
      // Read-only, but what every client sends on connecting (nothing new) is still taken.
      const roots = this.hooks.roots ?? boardDocument.roots;
      const writes = [...roots].some((root) => writesUnderRoot(checked, doc, root));
      return writes ? documentDamaged : accepted;
    }
    const permission = (this.hooks.permit ?? boardDocument.permit)(checked, doc, origin);
    if (!permission.ok) return permission;
    const forward = checked.shape.addsStructs;
    if (this.storedBytes + update.length > this.limits.maxBoardBytes) {
      // Only a change counts: the echo a client sends of what the server has (after a cold
      // join, its first write comes back) is applied, changes nothing and stores nothing.
      const changes = forward || !Y.snapshotContainsUpdate(Y.snapshot(doc), update);
      if (changes && !this.hasRoomFor(update.length)) return boardFull;
    }
    if (forward && !this.store(update, origin)) return storageFailed;
    try {
      if (forward) this.applyForwarded(doc, update);
      else Y.applyUpdate(doc, update, origin);
    } catch (error) {
      // The server's copy cannot take it (what was stored of it is skipped on the next load):
      // drop that copy and refuse this client.
      this.log.warn({ board: this.name, err: String(error) }, "update failed to apply");
      this.ydoc?.destroy();
      this.ydoc = null;
      return { ok: false, code: closeCode.malformedMessage, reason: "update failed to apply" };
    }
    return this.failed ? storageFailed : accepted;
  }

  /**
   * Makes a change as the server (an import, a restore, a template, the roster) in one
   * transaction, in memory only: nothing is stored or sent until `commit`. A change that throws
   * halfway keeps nothing either.
   */
  stageServerChange<T>(change: (doc: Y.Doc) => T, origin: unknown): StagedChange<T> {
    const doc = this.doc;
    const held: Uint8Array[] = [];
    let result: T | undefined;
    this.staging = held;
    try {
      doc.transact(() => {
        result = change(doc);
      }, origin);
    } catch (error) {
      this.staging = null;
      if (held.length > 0) this.dropUnstored();
      throw error;
    }
    this.staging = null;
    const update = held.length === 0 ? null : held.length === 1 ? held[0] : Y.mergeUpdates(held);
    let open = update !== null && update !== undefined;
    return {
      result: result as T,
      fits: () => !update || this.stagedFits(update, origin),
      commit: () => {
        if (!open || !update) return;
        open = false;
        this.store(update, origin, true);
      },
      discard: () => {
        if (!open) return;
        open = false;
        this.dropUnstored();
      },
    };
  }
  /** Folds the update log into one snapshot so the next load reads one row. */
  compactNow(): void {
    if (this.failed || this.damaged || !this.ydoc || this.updatesSinceCompaction === 0) return;
    // Compaction writes the whole state: not before what it holds is stored in order.
    if (this.waitingWrites > 0) return;
    const state = Y.encodeStateAsUpdate(this.ydoc);
    this.storage.compactDoc(this.name, state);
    this.storedBytes = state.length;
    this.updatesSinceCompaction = 0;
    this.bytesSinceCompaction = 0;
  }

  /** Drops the document from memory if nothing touched it lately; answers whether it did. */
  hibernateIfIdle(now = Date.now()): boolean {
    if (!this.ydoc || this.failed || now - this.lastActiveAt < this.limits.hibernateAfterMs) {
      return false;
    }
    if (this.waitingWrites > 0) return false;
    if (!this.tryCompact()) return false;
    this.ydoc.destroy();
    this.ydoc = null;
    return true;
  }

  /**
   * Whether `bytes` more fit under the cap, compacting the log first when that could make
   * room. Only while the document holds nothing unstored (compaction writes it all).
   */
  private hasRoomFor(bytes: number): boolean {
    if (this.storedBytes + bytes <= this.limits.maxBoardBytes) return true;
    this.compactNow();
    return this.storedBytes + bytes <= this.limits.maxBoardBytes;
  }

  /**
   * Whether a staged update fits. When only compaction could make room, the staged change is
   * dropped, the stored state reloaded and compacted, and the change made again, unstored.
   */
  private stagedFits(update: Uint8Array, origin: unknown): boolean {
    if (this.storedBytes + update.length <= this.limits.maxBoardBytes) return true;
    if (this.failed || this.updatesSinceCompaction === 0) return false;
    this.dropUnstored();
    const doc = this.doc;
    if (!this.hasRoomFor(update.length)) return false;
    this.staging = [];
    try {
      Y.applyUpdate(doc, update, origin);
    } finally {
      this.staging = null;
    }
    return true;
  }

  /** Forgets the copy in memory, which holds something storage does not: storage is the truth. */
  private dropUnstored(): void {
    this.ydoc?.destroy();
    this.ydoc = null;
  }

  destroy(): void {
    this.ydoc?.destroy();
    this.ydoc = null;
    this.unappliedSnapshot = null;
  }

  /**
   * Reads the stored rows. A read that fails throws StorageReadFailed (nothing is loaded or
   * written); when SQLite says the file is damaged, the board is reported damaged too.
   */
  private readStored(): StoredDoc {
    let stored: StoredDoc;
    try {
      stored = this.storage.loadDoc(this.name);
    } catch (error) {
      this.log.error({ board: this.name, err: messageOf(error) }, "storage failed to read a board");
      if (isCorruption(error)) {
        this.keepAside([{ source: "page", seq: null, data: null, reason: messageOf(error) }]);
      }
      throw new StorageReadFailed(this.name, error);
    }
    this.storedBytes = stored.bytes;
    this.updatesSinceCompaction = stored.updates.length;
    return stored;
  }

  /**
   * Keeps a stored snapshot that is the whole stored state (no updates after it) unapplied;
   * anything else is applied now, from the same read.
   */
  private takeStored(stored: StoredDoc): void {
    // Only bytes checked against their checksum go to a client unapplied.
    const sound = stored.snapshotVerified === true && (stored.damaged ?? []).length === 0;
    if (stored.snapshot && stored.updates.length === 0 && sound) {
      this.unappliedSnapshot = stored.snapshot;
    } else {
      this.ensureLoaded(stored);
    }
  }

  /** `stored`: what the caller already read from storage, if anything. */
  private ensureLoaded(stored?: StoredDoc): Y.Doc {
    if (this.ydoc) return this.ydoc;
    const snapshot = stored ? null : this.unappliedSnapshot;
    this.unappliedSnapshot = null;
    const read = snapshot ? null : (stored ?? this.readStored());
    const { pieces, origins } = read
      ? storedPieces(read)
      : { pieces: [snapshot as Uint8Array], origins: [{ source: "snapshot", seq: null } as const] };
    const { doc, damaged } = loadPieces(() => this.emptyDoc(), pieces, origins, loadOrigin);
    damaged.unshift(...(read?.damaged ?? []));
    this.ydoc = doc;
    this.lastActiveAt = Date.now();
    this.damaged = damaged.length > 0;
    if (this.damaged) this.keepAside(damaged);
    else this.storage.faults.loadedClean(this.name);
    // Migrations and the trash purge write: never on a damaged document.
    if (!this.damaged) (this.hooks.prepare ?? boardDocument.prepare)(doc);
    for (const action of this.whenLoaded.splice(0)) action();
    return doc;
  }

  /**
   * The document is read-only from now on and never compacted, so the damaged rows are never
   * written over; copies of them go to the quarantine table and `/healthz` names the board.
   */
  private keepAside(pieces: DamagedPiece[]): void {
    this.log.error(
      {
        board: this.name,
        damaged: pieces.map(({ source, seq, reason }) => ({ source, seq, reason })),
      },
      "stored board is damaged: read-only, damaged pieces kept aside",
    );
    this.storage.faults.damageFound(this.name, pieces.length, pieces[0]?.reason ?? "damaged");
    try {
      this.storage.quarantine(this.name, pieces);
    } catch (error) {
      this.log.error({ board: this.name, err: messageOf(error) }, "quarantine failed");
    }
  }

  private emptyDoc(): Y.Doc {
    const doc = new Y.Doc();
    doc.on("update", this.onUpdate);
    return doc;
  }

  /** Stores what the server's copy changed, unless it came from storage or was stored already. */
  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.staging) {
      this.staging.push(update);
      return;
    }
    if (origin !== loadOrigin && origin !== forwardedOrigin) this.store(update, origin);
  };

  /**
   * Applies a client's update that is already stored and sent. With no `update` listener Yjs
   * does not encode the transaction again, only for the listener to drop it. The server's own
   * observers (trash, meta) never write, so nothing else happens in that transaction.
   */
  private applyForwarded(doc: Y.Doc, update: Uint8Array): void {
    doc.off("update", this.onUpdate);
    try {
      Y.applyUpdate(doc, update, forwardedOrigin);
    } finally {
      doc.on("update", this.onUpdate);
    }
  }

  /**
   * Appends a change, then hands it to the room to send on; false when storage failed. A
   * client's change that finds the database locked waits for it (see `WriteQueue`) and is sent
   * on once stored; a server's change (`waitForLock`) is stored before this returns, after any
   * change of the document that waits.
   */
  private store(update: Uint8Array, origin: unknown, waitForLock = false): boolean {
    if (this.failed || this.damaged) return false;
    const writes = this.hooks.writes;
    let storedNow: boolean;
    try {
      if (!writes || waitForLock) {
        writes?.drain(this.name);
        if (this.failed) return false;
        this.storage.appendUpdate(this.name, update);
        storedNow = true;
      } else {
        storedNow = writes.append(this.name, update, (error) =>
          this.settled(update, origin, error),
        );
      }
    } catch (error) {
      this.failStorage(error);
      return false;
    }
    if (storedNow) this.stored(update, origin);
    else this.waitingWrites += 1;
    return true;
  }

  /** A change that waited for the lock is stored, or has failed. */
  private settled(update: Uint8Array, origin: unknown, error: unknown): void {
    this.waitingWrites -= 1;
    if (error !== undefined) this.failStorage(error);
    else if (!this.failed) this.stored(update, origin);
    if (this.waitingWrites > 0) return;
    for (const action of this.whenAllStored.splice(0)) {
      if (!this.failed) action();
    }
  }

  private failStorage(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.log.error({ board: this.name, err: String(error) }, "storage append failed");
    queueMicrotask(() => this.hooks.onStorageFailure());
  }

  private stored(update: Uint8Array, origin: unknown): void {
    this.lastActiveAt = Date.now();
    this.storedBytes += update.length;
    this.updatesSinceCompaction += 1;
    this.bytesSinceCompaction += update.length;
    this.hooks.onStored(update, origin);
    this.scheduleCompaction();
  }

  private scheduleCompaction(): void {
    if (this.compactionScheduled) return;
    if (
      this.updatesSinceCompaction < this.limits.compactAfterUpdates &&
      this.bytesSinceCompaction < this.limits.compactAfterBytes
    ) {
      return;
    }
    this.compactionScheduled = true;
    // Off the hot path: the update that crossed the threshold is already sent.
    setImmediate(() => {
      this.compactionScheduled = false;
      this.tryCompact();
    });
  }

  /** Compaction off the request path: a failure leaves the update log intact, so it is logged. */
  private tryCompact(): boolean {
    try {
      this.compactNow();
      return true;
    } catch (error) {
      this.log.error({ board: this.name, err: String(error) }, "compaction failed");
      return false;
    }
  }
}

const accepted: WriteVerdict = { ok: true };

const documentDamaged: WriteVerdict = {
  ok: false,
  code: closeCode.boardDamaged,
  reason: "board is read-only: its stored data is damaged",
};

const boardFull: WriteVerdict = {
  ok: false,
  code: closeCode.boardFull,
  reason: "board is full (5 MB)",
};

const storageFailed: WriteVerdict = {
  ok: false,
  code: closeCode.internalError,
  reason: "storage failed, try again",
};
