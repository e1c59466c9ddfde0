import * as awarenessProtocol from "y-protocols/awareness";
import { encodeAwareness } from "./protocol";

/** Where a relay goes: each member, and the presence ids it speaks for (not sent back to it). */
export type RelayTarget = {
  send(message: Uint8Array): void;
  readonly ownedClientIds: Set<number>;
};

/**
 * Coalesces presence relays: a change is relayed at once when the room's presence has been quiet
 * for `intervalMs`; changes that follow within it wait for the end of the interval and go out
 * together, each id's newest state only. So each id is relayed at most once per interval
 * however often its owner sends, and a room's relays cost one message per member per interval
 * instead of one per member per incoming message. Documents never wait for this.
 */
export class PresenceRelay {
  /** Changed ids, and whether their own connection must hear the change too (a server rewrite). */
  private readonly pending = new Map<number, boolean>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly awareness: awarenessProtocol.Awareness,
    private readonly members: () => Iterable<RelayTarget>,
    private readonly intervalMs: number,
  ) {}

  changed(ids: Iterable<number>, toOwnerToo = false): void {
    for (const id of ids) this.pending.set(id, toOwnerToo || this.pending.get(id) === true);
    if (this.timer) return;
    this.flush();
    this.timer = setTimeout(() => this.tick(), this.intervalMs);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private tick(): void {
    this.timer = null;
    if (this.pending.size === 0) return;
    this.flush();
    this.timer = setTimeout(() => this.tick(), this.intervalMs);
  }

  private flush(): void {
    const meta = this.awareness.meta;
    const ids = [...this.pending.keys()].filter((id) => meta.has(id));
    const ownerHears = new Set(ids.filter((id) => this.pending.get(id)));
    this.pending.clear();
    if (ids.length === 0) return;
    let everyone: Uint8Array | undefined;
    for (const member of this.members()) {
      const kept = ids.filter((id) => !member.ownedClientIds.has(id) || ownerHears.has(id));
      if (kept.length === 0) continue;
      if (kept.length < ids.length) {
        member.send(this.encode(kept));
        continue;
      }
      everyone ??= this.encode(ids);
      member.send(everyone);
    }
  }

  private encode(ids: number[]): Uint8Array {
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
  }
}
