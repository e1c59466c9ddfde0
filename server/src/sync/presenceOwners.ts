/**
 * Who speaks for each presence (awareness) client id of a document. An id is bound to its first
 * owner: a participant (board and token), the facilitator (the board's key), or, for an anonymous
 * connection, that connection alone. The binding outlives the connection by `holdMs` (the
 * awareness timeout), so nobody can take an id in a reconnect gap; the same owner reconnecting
 * takes it back at once. Bindings live beside the rooms, so they survive a room's unload.
 */
export type PresenceHolder = {
  /** Stable across reconnects for token and key holders; unique per connection otherwise. */
  readonly presenceOwner: string;
  readonly ownedClientIds: Set<number>;
};

type Binding = { owner: string; holder: PresenceHolder | null; releasedAt: number };

export class PresenceOwners {
  private readonly docs = new Map<string, Map<number, Binding>>();

  constructor(private readonly holdMs: number) {}

  /** True when `holder` speaks for `clientId` now or may start to (nobody else holds it). */
  mayClaim(docName: string, clientId: number, holder: PresenceHolder, now = Date.now()): boolean {
    const binding = this.live(docName, clientId, now);
    return binding === undefined || binding.owner === holder.presenceOwner;
  }

  /**
   * Binds `clientId` to `holder`; false when someone else holds it. A holder with the same owner
   * (the same person's new socket after a drop the server has not noticed yet) takes it over.
   */
  claim(docName: string, clientId: number, holder: PresenceHolder, now = Date.now()): boolean {
    const binding = this.live(docName, clientId, now);
    if (binding && binding.owner !== holder.presenceOwner) return false;
    if (binding?.holder && binding.holder !== holder)
      binding.holder.ownedClientIds.delete(clientId);
    let bindings = this.docs.get(docName);
    if (!bindings) {
      bindings = new Map();
      this.docs.set(docName, bindings);
    }
    bindings.set(clientId, { owner: holder.presenceOwner, holder, releasedAt: 0 });
    holder.ownedClientIds.add(clientId);
    return true;
  }

  /** The holder left: its ids stay reserved for its owner for `holdMs`. */
  release(docName: string, holder: PresenceHolder, now = Date.now()): void {
    const bindings = this.docs.get(docName);
    if (!bindings) return;
    for (const clientId of holder.ownedClientIds) {
      const binding = bindings.get(clientId);
      if (binding?.holder === holder) {
        binding.holder = null;
        binding.releasedAt = now;
      }
    }
  }

  /** Forgets reservations past their hold, so memory comes back. */
  prune(now = Date.now()): void {
    for (const [docName, bindings] of this.docs) {
      for (const [clientId, binding] of bindings) {
        if (this.expired(binding, now)) bindings.delete(clientId);
      }
      if (bindings.size === 0) this.docs.delete(docName);
    }
  }

  get size(): number {
    let count = 0;
    for (const bindings of this.docs.values()) count += bindings.size;
    return count;
  }

  private live(docName: string, clientId: number, now: number): Binding | undefined {
    const binding = this.docs.get(docName)?.get(clientId);
    return binding && !this.expired(binding, now) ? binding : undefined;
  }

  private expired(binding: Binding, now: number): boolean {
    return binding.holder === null && now - binding.releasedAt >= this.holdMs;
  }
}
