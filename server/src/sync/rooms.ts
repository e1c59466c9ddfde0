import { controlDocName, VOTES_ROOT_NAMES } from "@roundtable/shared";
import type { WebSocket } from "ws";
import type * as Y from "yjs";
import type { Limits } from "../limits";
import type { Logger } from "../log";
import { DocumentDamaged, StorageWriteFailed } from "../storage/faults";
import { readStoredDoc, type Storage } from "../storage/storage";
import { WriteQueue } from "../storage/writeQueue";
import type { Access } from "./access";
import { BoardControls } from "./boardControls";
import { Connection } from "./connection";
import { CpuShares } from "./cpuShares";
import { BoardFullError, type StagedChange } from "./liveDocument";
import { PresenceOwners } from "./presenceOwners";
import { closeCode } from "./protocol";
import { Room, type RoomMember, type RoomOptions } from "./room";
import type { DocKind } from "./target";
import type { CheckedUpdate } from "./updateCheck";
import { permitWrite } from "./writePolicy";

/** Origin of the server's own changes (the roster, vote totals). */
const serverOrigin = Symbol("server");

/** Client updates to a control document may only touch the facilitator's settings. */
const controlRoots: ReadonlySet<string> = new Set<string>(["control"]);
const votesRoots: ReadonlySet<string> = new Set<string>(VOTES_ROOT_NAMES);

/**
 * The rooms in memory. A room loads from storage when its first client joins and is
 * compacted and dropped when its last client leaves, so memory comes back.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly hibernation: NodeJS.Timeout;
  /** Phase, lock and votes of every board with someone on it, as the server enforces them. */
  readonly controls: BoardControls;
  /** Presence ids and their owners, kept through reconnect gaps and room unloads. */
  readonly presenceOwners: PresenceOwners;
  /** How much of the event loop each board and address is taking. */
  readonly cpuShares: CpuShares;
  /** Clients' changes waiting while another program holds the database's lock. */
  readonly writes: WriteQueue;

  constructor(
    private readonly storage: Storage,
    readonly limits: Limits,
    private readonly log: Logger,
  ) {
    // One timer for every connection, not one each: idle boards stay cheap.
    this.heartbeat = setInterval(() => this.pingAll(), limits.pingIntervalMs);
    this.heartbeat.unref();
    this.presenceOwners = new PresenceOwners(limits.awarenessHoldMs);
    this.cpuShares = new CpuShares(limits);
    this.writes = new WriteQueue(
      storage,
      {
        retryMs: limits.lockedWriteRetryMs,
        giveUpMs: limits.lockedWriteGiveUpMs,
        maxBytes: limits.maxLockedWriteBytes,
      },
      log,
    );
    this.hibernation = setInterval(
      () => this.hibernateIdle(),
      Math.max(1000, limits.hibernateAfterMs / 2),
    );
    this.hibernation.unref();
    this.controls = new BoardControls(
      {
        read: (name, read) => this.read(name, read),
        changeControl: (boardId, change) => this.changeControl(boardId, change),
        docNames: (prefix) => this.storage.docNamesWithPrefix(prefix),
      },
      (boardId, error) =>
        this.log.error({ board: boardId, err: String(error) }, "publishing vote totals failed"),
    );
  }

  get loadedCount(): number {
    return this.rooms.size;
  }

  connectionCount(name: string): number {
    return this.rooms.get(name)?.members.size ?? 0;
  }

  /** The live document of a loaded room, if any (REST reads prefer it to storage). */
  loaded(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  join(access: Access, ws: WebSocket, address = "unknown"): Connection {
    const room =
      this.rooms.get(access.docName) ?? this.load(access.docName, access.kind, access.boardId);
    const connection = new Connection(
      ws,
      room,
      this.limits,
      this.log,
      (left, held) => this.leave(room, left, held),
      access,
      { shares: this.cpuShares, address },
    );
    room.members.add(connection);
    return connection;
  }

  /** Reads a document from its room when loaded, else from storage (nothing is loaded). */
  read<T>(name: string, read: (doc: Y.Doc) => T): T {
    const live = this.rooms.get(name);
    return live ? read(live.doc) : readStoredDoc(this.storage, name, read);
  }

  /** Everyone's votes on a board added up, revealed or not (for the facilitator's export). */
  currentTotals(boardId: string): Record<string, number> {
    return this.controls.currentTotals(boardId);
  }

  /** Changes a board's control document as the server: stored, then sent to all on it. */
  changeControl(boardId: string, change: (doc: Y.Doc) => void): void {
    this.change(controlDocName(boardId), "control", boardId, change);
    const board = this.rooms.get(boardId);
    if (board) {
      // The roster may have changed: presence shows the names it holds now.
      this.controls.forget(boardId);
      board.refreshPresenceNames();
    }
  }

  /** Changes a board's own document as the server (an import): stored, then sent to all on it. */
  changeBoard<T>(boardId: string, change: (doc: Y.Doc) => T): T {
    return this.change(boardId, "board", boardId, change);
  }

  /**
   * Changes several boards' documents as the server, all or none: when one would pass the size
   * cap, none is stored and BoardFullError names it; a damaged board throws DocumentDamaged and a
   * failed write StorageWriteFailed.
   */
  changeBoards(boardIds: readonly string[], change: (doc: Y.Doc) => void): void {
    const rooms = boardIds.map((id) => this.rooms.get(id) ?? this.load(id, "board", id));
    const staged: StagedChange<void>[] = [];
    try {
      const damaged = rooms.find((room) => room.document.isDamaged);
      if (damaged) throw new DocumentDamaged(damaged.name);
      for (const room of rooms) {
        staged.push(room.document.stageServerChange(change, serverOrigin));
      }
      const full = staged.findIndex((one) => !one.fits());
      if (full >= 0) {
        for (const one of staged) one.discard();
        throw new BoardFullError(boardIds[full] as string, this.limits.maxBoardBytes);
      }
      for (const one of staged) one.commit();
      const failed = rooms.find((room) => room.document.storageFailed);
      if (failed) throw new StorageWriteFailed(failed.name);
    } catch (error) {
      for (const one of staged) one.discard();
      throw error;
    } finally {
      for (const room of rooms) if (room.isEmpty) this.unload(room);
    }
  }

  /**
   * A server change to one document: made in memory, counted against the size cap, then stored
   * and sent to everyone on it. Over the cap (or when `change` throws), nothing is kept and the
   * error is thrown (BoardFullError for the cap). Throws DocumentDamaged for a read-only
   * (damaged) document and StorageWriteFailed when the change did not reach storage; the room
   * then drops what it held and nothing was sent.
   */
  private change<T>(name: string, kind: DocKind, boardId: string, change: (doc: Y.Doc) => T): T {
    const room = this.rooms.get(name) ?? this.load(name, kind, boardId);
    try {
      if (room.document.isDamaged) throw new DocumentDamaged(name);
      const staged = room.document.stageServerChange(change, serverOrigin);
      if (!staged.fits()) {
        staged.discard();
        throw new BoardFullError(name, this.limits.maxBoardBytes);
      }
      staged.commit();
      if (room.document.storageFailed) throw new StorageWriteFailed(name);
      return staged.result;
    } finally {
      if (room.isEmpty) this.unload(room);
    }
  }

  /** Closes every connection with `code` and unloads every room, compacting each. */
  closeAll(code: number, reason: string): void {
    clearInterval(this.heartbeat);
    clearInterval(this.hibernation);
    this.cpuShares.stop();
    // What waits for a lock is stored (or fails) before anything is unloaded.
    this.writes.drain();
    this.writes.stop();
    for (const room of [...this.rooms.values()]) {
      for (const member of [...room.members]) member.close(code, reason);
      this.unload(room);
    }
  }

  private load(name: string, kind: DocKind, boardId: string): Room {
    const started = performance.now();
    const room = new Room(
      name,
      this.storage,
      this.limits,
      this.log,
      (broken) => {
        for (const member of [...broken.members]) {
          member.close(closeCode.internalError, "storage failed, reconnect to resync");
        }
        this.unload(broken);
      },
      this.optionsFor(kind, boardId),
    );
    this.rooms.set(name, room);
    this.log.debug({ board: name, ms: Math.round(performance.now() - started) }, "room loaded");
    return room;
  }

  /** How each kind of document is checked, and what follows a change to it. */
  private optionsFor(kind: DocKind, boardId: string): RoomOptions {
    const nameOf = (participantId: string) => this.controls.control(boardId).people[participantId];
    const permit = (checked: CheckedUpdate, doc: Y.Doc, origin: unknown) =>
      permitWrite(accessOf(origin, kind, boardId), checked, doc, this.controls);
    switch (kind) {
      case "board":
        return {
          boardId,
          permit,
          presenceOwners: this.presenceOwners,
          nameOf,
          writes: this.writes,
        };
      case "control":
        return {
          boardId,
          roots: controlRoots,
          presenceOwners: this.presenceOwners,
          writes: this.writes,
          prepare: () => {},
          permit,
          onApplied: () => this.controls.controlChanged(boardId),
        };
      case "votes":
        return {
          boardId,
          roots: votesRoots,
          presenceOwners: this.presenceOwners,
          writes: this.writes,
          prepare: () => {},
          permit,
          onApplied: () => this.controls.votesChanged(boardId),
        };
    }
  }

  private leave(room: Room, connection: Connection, held: boolean): void {
    room.removeMember(connection, held);
    if (room.isEmpty) this.unload(room);
  }

  private unload(room: Room): void {
    if (this.rooms.get(room.name) !== room) return;
    if (room.document.hasWaitingWrites && !room.document.storageFailed) {
      // Stays in memory until its changes are stored: a reload must not read storage without them.
      room.document.whenStored(() => {
        if (room.isEmpty) this.unload(room);
      });
      return;
    }
    this.rooms.delete(room.name);
    try {
      room.document.compactNow();
    } catch (error) {
      // The update log is intact; the next load replays it.
      this.log.error({ board: room.name, err: String(error) }, "compaction failed");
    }
    room.destroy();
    if (!this.rooms.has(room.boardId)) this.controls.forget(room.boardId);
  }

  /** Drops the documents of boards nobody edited lately; their people stay connected. */
  private hibernateIdle(): void {
    const now = Date.now();
    for (const room of this.rooms.values()) room.document.hibernateIfIdle(now);
    this.presenceOwners.prune(now);
  }

  private pingAll(): void {
    for (const room of this.rooms.values()) {
      for (const member of room.members) {
        if (!(member instanceof Connection)) continue;
        // A socket held back by backpressure reads its pong only when it is read again.
        if (!member.alive && !member.heldBack) {
          member.ws.terminate();
          continue;
        }
        member.alive = false;
        member.ws.ping();
      }
    }
  }
}

/** A member that connected without an access (tests, the server itself) is an anonymous participant. */
function accessOf(origin: unknown, kind: DocKind, boardId: string): Access {
  const access = (origin as RoomMember | null)?.access;
  return (
    access ?? {
      boardId,
      docName: boardId,
      kind,
      role: "participant",
      participantId: null,
    }
  );
}
