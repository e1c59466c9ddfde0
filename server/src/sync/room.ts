import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import type { Limits } from "../limits";
import type { Logger } from "../log";
import type { Storage } from "../storage/storage";
import type { Access } from "./access";
import { LiveDocument, type LiveDocumentHooks, type WriteVerdict } from "./liveDocument";
import { encodeAwareness, encodeUpdate } from "./protocol";

export type { WriteVerdict } from "./liveDocument";

/** What a room needs of a connection: somewhere to send and a way to close it. */
export interface RoomMember {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  readonly ownedClientIds: Set<number>;
  /** Who the member is, as the server decided when it connected. */
  readonly access?: Access;
}

/** How a room's document is checked, and what happens after a client changed it. */
export type RoomOptions = Pick<LiveDocumentHooks, "roots" | "prepare" | "permit"> & {
  /** The board this document belongs to; a board's own document is named by its id. */
  boardId?: string;
  onApplied?(from: RoomMember): void;
};

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
  /** Which member speaks for each presence client id. */
  private readonly awarenessOwners = new Map<number, RoomMember>();

  constructor(
    readonly name: string,
    storage: Storage,
    limits: Limits,
    log: Logger,
    onBroken: (room: Room) => void,
    private readonly options: RoomOptions = {},
  ) {
    this.awareness.setLocalState(null);
    this.awareness.on("update", (change: AwarenessChange, origin: unknown) =>
      this.broadcastAwareness(change, origin),
    );
    this.document = new LiveDocument(name, storage, limits, log, {
      roots: options.roots,
      prepare: options.prepare,
      permit: options.permit,
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

  destroy(): void {
    this.awareness.destroy();
    this.document.destroy();
  }

  private broadcast(message: Uint8Array, origin: unknown): void {
    for (const member of this.members) {
      if (member !== origin) member.send(message);
    }
  }

  private broadcastAwareness(change: AwarenessChange, origin: unknown): void {
    const changed = change.added.concat(change.updated, change.removed);
    if (changed.length === 0) return;
    this.broadcast(
      encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)),
      origin,
    );
  }
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };
