import type { WebSocket } from "ws";
import type { Limits } from "../limits";
import type { Logger } from "../log";
import type { Storage } from "../storage/storage";
import { Connection } from "./connection";
import { closeCode } from "./protocol";
import { Room } from "./room";

/**
 * The rooms in memory. A room loads from storage when its first client joins and is
 * compacted and dropped when its last client leaves, so memory comes back.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly heartbeat: NodeJS.Timeout;
  private readonly hibernation: NodeJS.Timeout;

  constructor(
    private readonly storage: Storage,
    private readonly limits: Limits,
    private readonly log: Logger,
  ) {
    // One timer for every connection, not one each: idle boards stay cheap.
    this.heartbeat = setInterval(() => this.pingAll(), limits.pingIntervalMs);
    this.heartbeat.unref();
    this.hibernation = setInterval(
      () => this.hibernateIdle(),
      Math.max(1000, limits.hibernateAfterMs / 2),
    );
    this.hibernation.unref();
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

  join(name: string, ws: WebSocket): Connection {
    const room = this.rooms.get(name) ?? this.load(name);
    const connection = new Connection(ws, room, this.limits, this.log, (left) =>
      this.leave(room, left),
    );
    room.members.add(connection);
    return connection;
  }

  /** Closes every connection with `code` and unloads every room, compacting each. */
  closeAll(code: number, reason: string): void {
    clearInterval(this.heartbeat);
    clearInterval(this.hibernation);
    for (const room of [...this.rooms.values()]) {
      for (const member of [...room.members]) member.close(code, reason);
      this.unload(room);
    }
  }

  private load(name: string): Room {
    const started = performance.now();
    const room = new Room(name, this.storage, this.limits, this.log, (broken) => {
      for (const member of [...broken.members]) {
        member.close(closeCode.internalError, "storage failed, reconnect to resync");
      }
      this.unload(broken);
    });
    this.rooms.set(name, room);
    this.log.debug({ board: name, ms: Math.round(performance.now() - started) }, "room loaded");
    return room;
  }

  private leave(room: Room, connection: Connection): void {
    room.removeMember(connection);
    if (room.isEmpty) this.unload(room);
  }

  private unload(room: Room): void {
    if (this.rooms.get(room.name) !== room) return;
    this.rooms.delete(room.name);
    try {
      room.document.compactNow();
    } catch (error) {
      // The update log is intact; the next load replays it.
      this.log.error({ board: room.name, err: String(error) }, "compaction failed");
    }
    room.destroy();
  }

  /** Drops the documents of boards nobody edited lately; their people stay connected. */
  private hibernateIdle(): void {
    const now = Date.now();
    for (const room of this.rooms.values()) room.document.hibernateIfIdle(now);
  }

  private pingAll(): void {
    for (const room of this.rooms.values()) {
      for (const member of room.members) {
        if (!(member instanceof Connection)) continue;
        if (!member.alive) {
          member.ws.terminate();
          continue;
        }
        member.alive = false;
        member.ws.ping();
      }
    }
  }
}
