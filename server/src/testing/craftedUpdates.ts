import * as encoding from "lib0/encoding";

/** Yjs's content type numbers and item info bits (update format v1). */
const CONTENT_ANY = 8;
const HAS_PARENT_SUB = 0b0010_0000;

/**
 * `count` writes to one key of a root map, each by its own client and with no origin, so Yjs
 * must compare each with all the others: the CPU bomb of a crafted update (about 16 bytes a write).
 */
export function sameKeyWrites(
  count: number,
  root = "notes",
  key = "bomb",
  firstClient = 1_000_000,
) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, 1); // one struct
    encoding.writeVarUint(encoder, firstClient + i);
    encoding.writeVarUint(encoder, 0); // at clock 0
    encoding.writeUint8(encoder, CONTENT_ANY | HAS_PARENT_SUB);
    encoding.writeVarUint(encoder, 1); // the parent is a root, by name
    encoding.writeVarString(encoder, root);
    encoding.writeVarString(encoder, key);
    encoding.writeVarUint(encoder, 1); // one value
    encoding.writeAny(encoder, i);
  }
  encoding.writeVarUint(encoder, 0); // no deletions
  return encoding.toUint8Array(encoder);
}

/**
 * One item whose parent is an item of its own client at a later clock, which nobody has: it
 * decodes, but no document can place it (Yjs throws halfway through applying it).
 */
export function itemUnderFutureParent(client: number, parentClock = 5) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, 1); // one struct
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 0);
  encoding.writeUint8(encoder, CONTENT_ANY | HAS_PARENT_SUB);
  encoding.writeVarUint(encoder, 0); // the parent is an item, by id
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, parentClock);
  encoding.writeVarString(encoder, "text");
  encoding.writeVarUint(encoder, 1);
  encoding.writeAny(encoder, "poison");
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}
