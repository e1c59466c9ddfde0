import type { Writable } from "node:stream";
import * as decoding from "lib0/decoding";
import type { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import type { Limits } from "../limits";
import type { Logger } from "../log";
import { StorageReadFailed } from "../storage/faults";
import type { Access } from "./access";
import { type AwarenessOwnership, filterAwareness } from "./awarenessFilter";
import { type CpuShares, type CpuSource, RecentCpu } from "./cpuShares";
import {
  closeCode,
  encodeAwareness,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  messageType,
  syncType,
} from "./protocol";
import { TokenBucket } from "./rateLimit";
import type { Room, RoomMember } from "./room";

/** Thrown by a handler to close the connection with a clear code; nothing of the message is kept. */
class Refusal extends Error {
  constructor(
    readonly code: number,
    reason: string,
  ) {
    super(reason);
  }
}

type Handler = (connection: Connection, decoder: decoding.Decoder) => void;

function readToEnd(decoder: decoding.Decoder): Uint8Array {
  const payload = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw new Refusal(closeCode.malformedMessage, "trailing bytes");
  return payload;
}

const messageHandlers: Record<number, Handler> = {
  [messageType.sync]: (connection, decoder) => {
    const type = decoding.readVarUint(decoder);
    const payload = readToEnd(decoder);
    if (type === syncType.step1) {
      connection.answerStep1(payload);
    } else if (type === syncType.step2 || type === syncType.update) {
      const verdict = connection.room.applyClientUpdate(payload, connection);
      if (!verdict.ok) {
        // Said twice: as the protocol's "permission denied" (the stock provider logs it) and as
        // the close reason, so the client stops resending what the server will not take.
        if (verdict.code === closeCode.forbidden)
          connection.send(encodePermissionDenied(verdict.reason));
        throw new Refusal(verdict.code, verdict.reason);
      }
    } else {
      throw new Refusal(closeCode.malformedMessage, `unknown sync message type ${type}`);
    }
  },
  [messageType.awareness]: (connection, decoder) => {
    const verdict = filterAwareness(readToEnd(decoder), connection.ownership, {
      maxStateBytes: connection.limits.maxAwarenessStateBytes,
      maxIdsPerConnection: connection.limits.maxAwarenessIdsPerConnection,
    });
    if (!verdict.ok) throw new Refusal(closeCode.malformedMessage, verdict.reason);
    for (const id of verdict.claimed) connection.room.claimAwarenessId(id, connection);
    if (verdict.update) {
      connection.room.applyClientAwareness(verdict.update, connection, verdict.revived.length > 0);
    }
  },
  [messageType.queryAwareness]: (connection, decoder) => {
    if (decoding.hasContent(decoder))
      throw new Refusal(closeCode.malformedMessage, "trailing bytes");
    // Always answered, also in a room with nobody's presence: clients use it as a heartbeat.
    connection.sendAwarenessStates(true);
  },
};

/** A close reason must fit in 123 bytes of UTF-8, or `ws` throws instead of closing. */
export function closeReason(reason: string): string {
  let cut = reason;
  while (Buffer.byteLength(cut, "utf8") > 123) cut = cut.slice(0, -1);
  return cut;
}

let anonymousCount = 0;

/** Who speaks through a connection's presence: the participant, the facilitator, or itself. */
function presenceOwnerOf(access: Access | undefined): string {
  if (access?.participantId) return `participant:${access.participantId}`;
  if (access?.role === "facilitator") return "facilitator";
  anonymousCount++;
  return `connection:${anonymousCount}`;
}

/** Where a connection's work is charged, and the share of the event loop it may take. */
export type Fairness = { shares: CpuShares; address: string };

/** One participant's websocket on one room: decodes, checks and answers its messages. */
export class Connection implements RoomMember {
  readonly ownedClientIds = new Set<number>();
  readonly ownership: AwarenessOwnership;
  readonly presenceOwner: string;
  readonly cpu: CpuSource;
  /** Cleared by each ping, set by each pong: a connection that misses one is dead. */
  alive = true;
  private closed = false;
  private readonly messageBudget: TokenBucket;
  private readonly byteBudget: TokenBucket;
  private throttledSince: number | null = null;
  private cpuThrottledSince: number | null = null;
  private resumeTimer: NodeJS.Timeout | null = null;
  private resumeAt = 0;
  /** Messages read while paused, already charged to the budgets, waiting for the resume. */
  private readonly held: Buffer[] = [];

  constructor(
    readonly ws: WebSocket,
    readonly room: Room,
    readonly limits: Limits,
    private readonly log: Logger,
    private readonly onClose: (connection: Connection, held: boolean) => void,
    readonly access?: Access,
    private readonly fairness?: Fairness,
  ) {
    this.presenceOwner = presenceOwnerOf(access);
    this.ownership = {
      own: this.ownedClientIds,
      mayClaim: (clientId: number) => room.mayClaimAwarenessId(clientId, this),
      rewrite: room.presenceRewrite(this),
      lastClockOfGone: (clientId: number) => room.lastClockOfGone(clientId),
    };
    this.cpu = { board: room.boardId, address: fairness?.address ?? "", recent: new RecentCpu() };
    fairness?.shares.join(this.cpu);
    this.messageBudget = new TokenBucket(limits.messageBurst, limits.messagesPerSecond);
    this.byteBudget = new TokenBucket(limits.byteBurst, limits.bytesPerSecond);
    ws.binaryType = "nodebuffer";
    ws.on("message", (data, isBinary) => this.receive(data as Buffer, isBinary));
    ws.on("pong", () => {
      this.alive = true;
    });
    // A socket that dropped (1006) keeps its presence ids for its owner; an anonymous client
    // that said goodbye frees them at once (the app reconnects with a token after joining).
    ws.on("close", (code: number) =>
      this.cleanUp(code === 1006 || !this.presenceOwner.startsWith("connection:")),
    );
    ws.on("error", (error) => {
      this.log.warn({ board: room.name, err: error.message }, "websocket error");
      this.cleanUp();
    });
    room.document.afterLoad(() => this.send(encodeSyncStep1(room.doc)));
    this.sendAwarenessStates();
  }

  send(message: Uint8Array): void {
    if (!this.writable()) return;
    this.ws.send(message);
  }

  /**
   * Writes a message framed once for a whole room straight to the socket. Only while `ws` has
   * nothing of its own waiting to go out (it queues only while compressing, which this server
   * never does), so frames keep their order; otherwise it sends as usual.
   */
  sendFrame(frame: Buffer, message: Uint8Array): void {
    if (!this.writable()) return;
    const socket = (this.ws as unknown as { _socket?: Writable })._socket;
    const sender = (this.ws as unknown as { _sender?: { _state?: number } })._sender;
    if (socket && sender?._state === 0) socket.write(frame);
    else this.ws.send(message);
  }

  private writable(): boolean {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return false;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(closeCode.tooSlow, "connection too slow, reconnect to resync");
      return false;
    }
    return true;
  }

  /** Everyone's presence; when nobody has any, nothing, or an empty update if `always`. */
  sendAwarenessStates(always = false): void {
    const ids = [...this.room.awareness.getStates().keys()];
    if (ids.length === 0 && !always) return;
    this.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.room.awareness, ids)));
  }

  /**
   * Sends what the client's state vector lacks, once every change applied so far is stored:
   * while the database is locked, a joining client waits rather than see an unstored change.
   */
  answerStep1(stateVector: Uint8Array): void {
    const document = this.room.document;
    if (!document.hasWaitingWrites) {
      this.send(encodeSyncStep2(document.missingFor(stateVector)));
      return;
    }
    document.whenStored(() => {
      if (this.closed) return;
      try {
        this.send(encodeSyncStep2(document.missingFor(stateVector)));
      } catch {
        this.close(closeCode.storageUnavailable, "storage unavailable, try again later");
      }
    });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.log.info({ board: this.room.name, code, reason }, "closing connection");
    this.ws.close(code, closeReason(reason));
    this.cleanUp();
    // A peer that ignores the close handshake must not keep its socket.
    setTimeout(() => this.ws.terminate(), 2000).unref();
  }

  private receive(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.close(closeCode.unsupportedData, "text frames are not part of the protocol");
      return;
    }
    this.throttle(data.length);
    if (this.closed) return;
    // Read while the socket was paused (the rest of a read chunk): paid for, handled on resume.
    if (this.resumeTimer || this.held.length > 0) {
      this.held.push(data);
      return;
    }
    this.handle(data);
  }

  private handle(data: Buffer): void {
    // Wall time: the process's CPU time (getrusage) costs a system call that, with the process's
    // other threads running, took milliseconds at the tail and held every broadcast behind it.
    // A handler that another program preempted is charged a little more; the shares compare
    // sources with each other, so such noise does not pick the heaviest.
    const started = performance.now();
    try {
      const decoder = decoding.createDecoder(
        new Uint8Array(data.buffer, data.byteOffset, data.length),
      );
      const type = decoding.readVarUint(decoder);
      const handler = messageHandlers[type];
      if (!handler) throw new Refusal(closeCode.malformedMessage, `unknown message type ${type}`);
      handler(this, decoder);
    } catch (error) {
      if (error instanceof Refusal) this.close(error.code, error.message);
      else if (error instanceof StorageReadFailed) {
        this.close(closeCode.storageUnavailable, "storage unavailable, try again later");
      } else this.close(closeCode.malformedMessage, `malformed message: ${String(error)}`);
    }
    if (this.fairness && !this.closed) {
      this.shareCpu(performance.now() - started);
    }
  }

  /**
   * Backpressure: stop reading the socket until the budgets refill. Frames already read from
   * the socket still arrive while it is paused: each one is charged, moving the resume out to
   * cover the whole debt, and waits unhandled until then. A client deeper in debt than `maxThrottleMs` of refill, or held back that long,
   * is flooding: it is closed with "try again".
   */
  private throttle(bytes: number): void {
    const now = Date.now();
    const waitMs = Math.max(this.messageBudget.take(1, now), this.byteBudget.take(bytes, now));
    if (waitMs === 0) {
      if (this.quietSincePause(now)) this.throttledSince = null;
      return;
    }
    this.throttledSince ??= now;
    if (
      waitMs > this.limits.maxThrottleMs ||
      now - this.throttledSince > this.limits.maxThrottleMs
    ) {
      this.close(closeCode.rateLimited, "too many messages, try again shortly");
      return;
    }
    this.pauseFor(waitMs, now);
  }

  /**
   * Fair sharing: the handling time goes to this connection's board and address; when the loop
   * is busy and one of them is over budget, the heaviest sockets stop being read until it
   * refills (see `CpuShares`). One still held back after `maxThrottleMs` is closed with "try
   * again"; what it sent until then was handled like anyone's.
   */
  private shareCpu(ms: number): void {
    if (!this.fairness) return;
    const now = Date.now();
    const waitMs = this.fairness.shares.charge(this.cpu, ms, now);
    if (waitMs === 0) {
      if (this.quietSincePause(now)) this.cpuThrottledSince = null;
      return;
    }
    this.cpuThrottledSince ??= now;
    if (now - this.cpuThrottledSince > this.limits.maxThrottleMs) {
      this.close(closeCode.rateLimited, "this board is too busy, try again shortly");
      return;
    }
    this.pauseFor(waitMs, now);
  }

  /**
   * A socket is held back "continuously" until it stays within its budgets for a while after a
   * pause: what was held back is handled when the pause ends, and the refill meanwhile must not
   * count as the flood having stopped.
   */
  private quietSincePause(now: number): boolean {
    return this.resumeTimer === null && now - this.resumeAt > 1000;
  }

  /** True while the socket is not being read (its pongs wait too). */
  get heldBack(): boolean {
    return this.resumeTimer !== null;
  }

  /** Stops reading the socket for at least `waitMs`; a longer pause already set stays. */
  private pauseFor(waitMs: number, now: number): void {
    if (this.resumeTimer && this.resumeAt >= now + waitMs) return;
    if (this.resumeTimer) clearTimeout(this.resumeTimer);
    this.ws.pause();
    this.resumeAt = now + waitMs;
    this.resumeTimer = setTimeout(() => this.resumeReading(), waitMs);
  }

  /** Handles what was held back, in order, until done or paused again; then reads on. */
  private resumeReading(): void {
    this.resumeTimer = null;
    while (!this.closed && !this.resumeTimer) {
      const next = this.held.shift();
      if (!next) break;
      this.handle(next);
    }
    if (!this.closed && !this.resumeTimer) this.ws.resume();
  }

  private cleanUp(held = true): void {
    if (this.closed) return;
    this.closed = true;
    if (this.resumeTimer) clearTimeout(this.resumeTimer);
    this.held.length = 0;
    this.fairness?.shares.leave(this.cpu);
    this.onClose(this, held);
  }
}
