import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

export type AwarenessEntry = { clientId: number; clock: number; json: string };

export type AwarenessOwnership = {
  /** Client ids this connection speaks for. */
  readonly own: Set<number>;
  /** True when another live connection already speaks for the id. */
  ownedElsewhere(clientId: number): boolean;
};

export type AwarenessVerdict =
  | { ok: true; update: Uint8Array | null; claimed: number[] }
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
 * heard of, so entries for other connections' ids are dropped quietly; an id nobody owns is
 * claimed by the first connection that sets it, up to a few per connection. Oversized states
 * are abuse and refuse the whole message.
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
  for (const entry of entries) {
    // Echoes of other people's presence are most of this traffic: drop them before any parsing.
    if (!ownership.own.has(entry.clientId) && ownership.ownedElsewhere(entry.clientId)) continue;
    // The cap is in bytes: a string's length counts UTF-16 units, up to 3 bytes each.
    if (Buffer.byteLength(entry.json, "utf8") > limits.maxStateBytes) {
      return { ok: false, reason: `presence state over ${limits.maxStateBytes} bytes` };
    }
    if (!isJson(entry.json)) return { ok: false, reason: "presence state is not JSON" };
    if (ownership.own.has(entry.clientId)) {
      kept.push(entry);
    } else if (
      entry.json !== "null" &&
      ownership.own.size + claimed.length < limits.maxIdsPerConnection
    ) {
      claimed.push(entry.clientId);
      kept.push(entry);
    }
  }
  if (kept.length === 0) return { ok: true, update: null, claimed };
  const unchanged = kept.length === entries.length;
  return { ok: true, update: unchanged ? update : encodeAwarenessEntries(kept), claimed };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
