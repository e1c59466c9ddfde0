import { migrateBoard, ROOT_NAMES } from "@roundtable/shared";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { Limits } from "../limits";
import type { Logger } from "../log";
import { mergedState, type Storage } from "../storage/storage";
import { closeCode, encodeAwareness, encodeUpdate } from "./protocol";
import { checkUpdate } from "./updateCheck";

const boardRoots: ReadonlySet<string> = new Set(ROOT_NAMES);

/** What a room needs of a connection: somewhere to send and a way to close it. */
export interface RoomMember {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  readonly ownedClientIds: Set<number>;
}

export type WriteVerdict = { ok: true } | { ok: false; code: number; reason: string };

/**
 * One board in memory: its Y.Doc, the presence of the people on it and their connections.
 * Every accepted update is appended to storage before anyone else is sent it.
 */
/** Origin of the transaction that loads stored state: it is already stored, so not stored again. */
const loadOrigin = Symbol("load from storage");

export class Room {
  private readonly ydoc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
  readonly members = new Set<RoomMember>();
  /** Which member speaks for each presence client id. */
  private readonly awarenessOwners = new Map<number, RoomMember>();
  private storedBytes = 0;
  private updatesSinceCompaction = 0;
  private bytesSinceCompaction = 0;
  private compactionScheduled = false;
  /** Set when storage failed: the room stops taking writes and is unloaded. */
  private failed = false;
  /**
   * A stored snapshot not yet applied to the document. A client joining a board that is not in
   * memory gets these bytes as they are, and the server applies them after answering, so the
   * first join costs a read from SQLite, not a read plus a full apply plus an encode.
   */
  private unappliedSnapshot: Uint8Array | null = null;
  private readonly whenLoaded: (() => void)[] = [];

  constructor(
    readonly name: string,
    private readonly storage: Storage,
    private readonly limits: Limits,
    private readonly log: Logger,
    private readonly onBroken: (room: Room) => void,
  ) {
    this.awareness.setLocalState(null);
    this.ydoc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== loadOrigin) this.persistAndBroadcast(update, origin);
    });
    this.awareness.on("update", (change: AwarenessChange, origin: unknown) =>
      this.broadcastAwareness(change, origin),
    );
    const stored = storage.loadDoc(name);
    this.storedBytes = stored.bytes;
    this.updatesSinceCompaction = stored.updates.length;
    if (stored.snapshot && stored.updates.length === 0) {
      this.unappliedSnapshot = stored.snapshot;
      setImmediate(() => this.ensureLoaded());
    } else {
      this.applyStored(mergedState(stored));
    }
  }

  /** The board's document, with everything stored applied. */
  get doc(): Y.Doc {
    this.ensureLoaded();
    return this.ydoc;
  }

  /** Runs `action` once the stored state is applied: now, or right after the pending apply. */
  afterLoad(action: () => void): void {
    if (this.unappliedSnapshot) this.whenLoaded.push(action);
    else action();
  }

  /** The answer to a client's sync step 1: what it lacks, for a fresh client straight from storage. */
  missingFor(stateVector: Uint8Array): Uint8Array {
    if (this.unappliedSnapshot && Y.decodeStateVector(stateVector).size === 0) {
      return this.unappliedSnapshot;
    }
    return Y.encodeStateAsUpdate(this.doc, stateVector);
  }

  private ensureLoaded(): void {
    const snapshot = this.unappliedSnapshot;
    if (!snapshot || this.ydoc.isDestroyed) return;
    this.unappliedSnapshot = null;
    this.applyStored(snapshot);
    for (const action of this.whenLoaded.splice(0)) action();
  }

  private applyStored(state: Uint8Array | null): void {
    if (state) Y.applyUpdate(this.ydoc, state, loadOrigin);
    migrateBoard(this.ydoc);
  }

  get isEmpty(): boolean {
    return this.members.size === 0;
  }

  /** Validates and applies a client's update; nothing of a refused update is stored or sent. */
  applyClientUpdate(update: Uint8Array, from: RoomMember): WriteVerdict {
    if (this.failed)
      return { ok: false, code: closeCode.internalError, reason: "storage failed, try again" };
    const verdict = checkUpdate(update, boardRoots);
    if (!verdict.ok) return { ok: false, code: closeCode.malformedMessage, reason: verdict.reason };
    if (this.storedBytes + update.length > this.limits.maxBoardBytes) {
      this.compactNow();
      if (this.storedBytes + update.length > this.limits.maxBoardBytes) {
        return { ok: false, code: closeCode.boardFull, reason: "board is full (5 MB)" };
      }
    }
    try {
      Y.applyUpdate(this.doc, update, from);
    } catch (error) {
      this.log.warn({ board: this.name, err: String(error) }, "update failed to apply");
      return { ok: false, code: closeCode.malformedMessage, reason: "update failed to apply" };
    }
    return this.failed
      ? { ok: false, code: closeCode.internalError, reason: "storage failed, try again" }
      : { ok: true };
  }

  applyClientAwareness(awarenessUpdate: Uint8Array, from: RoomMember): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, awarenessUpdate, from);
  }

  /** The member other than `except` that speaks for a presence id, if any. */
  awarenessOwnerOf(clientId: number, except: RoomMember): RoomMember | undefined {
    const owner = this.awarenessOwners.get(clientId);
    return owner === except ? undefined : owner;
  }

  claimAwarenessId(clientId: number, member: RoomMember): void {
    this.awarenessOwners.set(clientId, member);
    member.ownedClientIds.add(clientId);
  }

  /** Forgets the presence of a member that left, and tells everyone else. */
  removeMember(member: RoomMember): void {
    this.members.delete(member);
    for (const id of member.ownedClientIds) this.awarenessOwners.delete(id);
    if (member.ownedClientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...member.ownedClientIds], null);
    }
  }

  /** Folds the update log into one snapshot so the next load reads one row. */
  compactNow(): void {
    if (this.failed || this.updatesSinceCompaction === 0) return;
    const state = Y.encodeStateAsUpdate(this.doc);
    this.storage.compactDoc(this.name, state);
    this.storedBytes = state.length;
    this.updatesSinceCompaction = 0;
    this.bytesSinceCompaction = 0;
  }

  destroy(): void {
    this.awareness.destroy();
    this.ydoc.destroy();
  }

  private persistAndBroadcast(update: Uint8Array, origin: unknown): void {
    if (this.failed) return;
    try {
      this.storage.appendUpdate(this.name, update);
    } catch (error) {
      // Memory now holds what storage does not: stop, drop the room, let clients resync later.
      this.failed = true;
      this.log.error({ board: this.name, err: String(error) }, "storage append failed");
      queueMicrotask(() => this.onBroken(this));
      return;
    }
    this.storedBytes += update.length;
    this.updatesSinceCompaction += 1;
    this.bytesSinceCompaction += update.length;
    const message = encodeUpdate(update);
    for (const member of this.members) {
      if (member !== origin) member.send(message);
    }
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
      if (!this.ydoc.isDestroyed) this.compactNow();
    });
  }

  private broadcastAwareness(change: AwarenessChange, origin: unknown): void {
    const changed = change.added.concat(change.updated, change.removed);
    if (changed.length === 0) return;
    const message = encodeAwareness(
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
    );
    for (const member of this.members) {
      if (member !== origin) member.send(message);
    }
  }
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };
