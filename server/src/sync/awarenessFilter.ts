import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

export type AwarenessEntry = { clientId: number; clock: number; json: string };

export type AwarenessOwnership = {
  /** Client ids this connection speaks for. */
  readonly own: Set<number>;
  /** False when another owner speaks for the id, or holds it through a reconnect gap. */
  mayClaim(clientId: number): boolean;
  /**
   * What the server says about the speaker whatever it claims (a token holder's name comes from
   * the roster): applied to each kept state that is an object.
   */
  rewrite?(state: Record<string, unknown>): Record<string, unknown>;
  /**
   * The clock the server last saw for an id whose state it no longer holds (its owner left),
   * else undefined. An owner coming back re-sends its state under that same clock, which
   * everyone would ignore as old news: it is raised past it.
   */
  lastClockOfGone?(clientId: number): number | undefined;
};

export type AwarenessVerdict =
  | {
      ok: true;
      update: Uint8Array | null;
      claimed: number[];
      /** Ids whose clock was raised: their owner must hear the relay too, to take the clock. */
      revived: number[];
    }
  | { ok: false; reason: string };

/**
 * Reads an awareness update (y-protocols' format) without applying it or parsing its states.
 * Throws when the framing is malformed.
 */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const json = decoding.readVarString(decoder);
    entries.push({ clientId, clock, json });
  }
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes after awareness entries");
  return entries;
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return encoding.toUint8Array(encoder);
}

/**
 * A connection may set only its own presence. The stock provider re-sends every state it has
 * heard of, so entries for ids others hold are dropped quietly; an id nobody holds is claimed by
 * the first connection that sets it, up to `maxIdsPerConnection` (one: the stock provider speaks
 * for its document's id only). Oversized states are abuse and refuse the whole message.
 */
export function filterAwareness(
  update: Uint8Array,
  ownership: AwarenessOwnership,
  limits: { maxStateBytes: number; maxIdsPerConnection: number },
): AwarenessVerdict {
  let entries: AwarenessEntry[];
  try {
    entries = readAwarenessEntries(update);
  } catch (error) {
    return { ok: false, reason: `awareness update does not decode: ${String(error)}` };
  }
  const kept: AwarenessEntry[] = [];
  const claimed: number[] = [];
  const revived: number[] = [];
  for (const entry of entries) {
    // Echoes of other people's presence are most of this traffic: drop them before any parsing.
    const own = ownership.own.has(entry.clientId);
    if (!own && !ownership.mayClaim(entry.clientId)) continue;
    // The cap is in bytes: a string's length counts UTF-16 units, up to 3 bytes each.
    if (Buffer.byteLength(entry.json, "utf8") > limits.maxStateBytes) {
      return { ok: false, reason: `presence state over ${limits.maxStateBytes} bytes` };
    }
    const parsed = parseJson(entry.json);
    if (!parsed.ok) return { ok: false, reason: "presence state is not JSON" };
    if (!own) {
      if (
        entry.json === "null" ||
        ownership.own.size + claimed.length >= limits.maxIdsPerConnection
      )
        continue;
      claimed.push(entry.clientId);
    }
    let result = rewritten(entry, parsed.value, ownership);
    const lastClock =
      parsed.value === null ? undefined : ownership.lastClockOfGone?.(entry.clientId);
    if (lastClock !== undefined && entry.clock <= lastClock) {
      result = { ...result, clock: lastClock + 1 };
      revived.push(entry.clientId);
    }
    kept.push(result);
  }
  if (kept.length === 0) return { ok: true, update: null, claimed, revived };
  const unchanged =
    kept.length === entries.length && kept.every((entry, i) => entry === entries[i]);
  return {
    ok: true,
    update: unchanged ? update : encodeAwarenessEntries(kept),
    claimed,
    revived,
  };
}

function rewritten(
  entry: AwarenessEntry,
  state: unknown,
  ownership: AwarenessOwnership,
): AwarenessEntry {
  if (!ownership.rewrite || typeof state !== "object" || state === null || Array.isArray(state))
    return entry;
  const json = JSON.stringify(ownership.rewrite(state as Record<string, unknown>));
  return json === entry.json ? entry : { ...entry, json };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}
