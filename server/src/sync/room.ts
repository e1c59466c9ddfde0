import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import type { Limits } from "../limits";
import type { Logger } from "../log";
import type { Storage } from "../storage/storage";
import type { Access } from "./access";
import { encodeAwarenessEntries } from "./awarenessFilter";
import { LiveDocument, type LiveDocumentHooks, type WriteVerdict } from "./liveDocument";
import { PresenceOwners } from "./presenceOwners";
import { PresenceRelay } from "./presenceRelay";
import { encodeUpdate } from "./protocol";
import { binaryFrame } from "./wireFrame";

export type { WriteVerdict } from "./liveDocument";

/** What a room needs of a connection: somewhere to send and a way to close it. */
export interface RoomMember {
  send(message: Uint8Array): void;
  /** Sends a message already framed for the wire (see `binaryFrame`), if the member can. */
  sendFrame?(frame: Buffer, message: Uint8Array): void;
  close(code: number, reason: string): void;
  readonly ownedClientIds: Set<number>;
  /** Who speaks through this member's presence ids (see `PresenceOwners`). */
  readonly presenceOwner: string;
  /** Who the member is, as the server decided when it connected. */
  readonly access?: Access;
}

/** How a room's document is checked, and what happens after a client changed it. */
export type RoomOptions = Pick<LiveDocumentHooks, "roots" | "prepare" | "permit" | "writes"> & {
  /** The board this document belongs to; a board's own document is named by its id. */
  boardId?: string;
  onApplied?(from: RoomMember): void;
  /** Presence bindings shared by the server's rooms, so they outlive a room's unload. */
  presenceOwners?: PresenceOwners;
  /** A participant's name on the roster: what their presence shows, whatever it claims. */
  nameOf?(participantId: string): string | undefined;
};

/** Origin of presence the server changed (a name from the roster, a raised clock). */
const serverOrigin = Symbol("server");

/**
 * Presence needs a document only for its own client id, which the server never uses (its
 * local state stays null). A stand-in keeps presence apart from the board's document, so the
 * document can be dropped from memory while people stay connected.
 */
const presenceOnly = { clientID: 0, on: () => {} } as unknown as Y.Doc;

/** One board in memory: its document, the people on it and what they are doing right now. */
export class Room {
  readonly document: LiveDocument;
  readonly awareness = new awarenessProtocol.Awareness(presenceOnly);
  readonly members = new Set<RoomMember>();
  private readonly presenceOwners: PresenceOwners;
  private readonly relay: PresenceRelay;

  constructor(
    readonly name: string,
    storage: Storage,
    limits: Limits,
    log: Logger,
    onBroken: (room: Room) => void,
    private readonly options: RoomOptions = {},
  ) {
    this.awareness.setLocalState(null);
    this.presenceOwners = options.presenceOwners ?? new PresenceOwners(limits.awarenessHoldMs);
    this.relay = new PresenceRelay(this.awareness, () => this.members, limits.presenceRelayMs);
    this.awareness.on("update", (change: AwarenessChange, origin: unknown) =>
      this.relay.changed(
        change.added.concat(change.updated, change.removed),
        origin === serverOrigin,
      ),
    );
    this.document = new LiveDocument(name, storage, limits, log, {
      roots: options.roots,
      prepare: options.prepare,
      permit: options.permit,
      writes: options.writes,
      onStored: (update, origin) => this.broadcast(encodeUpdate(update), origin),
      onStorageFailure: () => onBroken(this),
    });
  }

  get boardId(): string {
    return this.options.boardId ?? this.name;
  }

  get doc(): Y.Doc {
    return this.document.doc;
  }

  get isEmpty(): boolean {
    return this.members.size === 0;
  }

  applyClientUpdate(update: Uint8Array, from: RoomMember): WriteVerdict {
    const verdict = this.document.applyClientUpdate(update, from);
    if (verdict.ok) this.options.onApplied?.(from);
    return verdict;
  }

  /** `ownerHears`: relay it to its own connection too (the server changed its clock). */
  applyClientAwareness(awarenessUpdate: Uint8Array, from: RoomMember, ownerHears = false): void {
    awarenessProtocol.applyAwarenessUpdate(
      this.awareness,
      awarenessUpdate,
      ownerHears ? serverOrigin : from,
    );
  }

  /** The last clock of an id whose state is gone (its owner left), if the room saw one. */
  lastClockOfGone(clientId: number): number | undefined {
    if (this.awareness.states.has(clientId)) return undefined;
    return this.awareness.meta.get(clientId)?.clock;
  }

  /** False when someone other than `member`'s owner holds the presence id. */
  mayClaimAwarenessId(clientId: number, member: RoomMember): boolean {
    return this.presenceOwners.mayClaim(this.name, clientId, member);
  }

  claimAwarenessId(clientId: number, member: RoomMember): boolean {
    return this.presenceOwners.claim(this.name, clientId, member);
  }

  /**
   * What the server writes over a member's presence: a participant's name (and id) from the
   * roster, so no one can show up as someone else.
   */
  presenceRewrite(
    member: RoomMember,
  ): ((state: Record<string, unknown>) => Record<string, unknown>) | undefined {
    const participantId = member.access?.participantId;
    const nameOf = this.options.nameOf;
    if (!participantId || !nameOf) return undefined;
    return (state) => {
      const name = nameOf(participantId);
      return { ...state, id: participantId, ...(name === undefined ? {} : { name }) };
    };
  }

  /** After the roster changed: relays participants' presence again under their roster names. */
  refreshPresenceNames(): void {
    const states = this.awareness.getStates();
    for (const member of this.members) {
      const rewrite = this.presenceRewrite(member);
      if (!rewrite) continue;
      for (const clientId of member.ownedClientIds) {
        const state = states.get(clientId);
        const clock = this.awareness.meta.get(clientId)?.clock;
        if (!state || clock === undefined) continue;
        const json = JSON.stringify(rewrite(state));
        if (json === JSON.stringify(state)) continue;
        // A higher clock, so every client (the owner's too) takes the server's version.
        awarenessProtocol.applyAwarenessUpdate(
          this.awareness,
          encodeAwarenessEntries([{ clientId, clock: clock + 1, json }]),
          serverOrigin,
        );
      }
    }
  }

  /**
   * Forgets the presence of a member that left, and tells everyone else. Its ids stay its
   * owner's for the awareness timeout, unless it was anonymous and said goodbye (`held` false).
   */
  removeMember(member: RoomMember, held = true): void {
    this.members.delete(member);
    const ids = [...member.ownedClientIds];
    this.presenceOwners.release(this.name, member, held ? Date.now() : -Infinity);
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
  }

  destroy(): void {
    this.relay.destroy();
    this.awareness.destroy();
    this.document.destroy();
  }

  /** Frames the message once and writes the same bytes to every other member's socket. */
  private broadcast(message: Uint8Array, origin: unknown): void {
    let frame: Buffer | undefined;
    for (const member of this.members) {
      if (member === origin) continue;
      if (member.sendFrame) {
        frame ??= binaryFrame(message);
        member.sendFrame(frame, message);
      } else member.send(message);
    }
  }
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };
