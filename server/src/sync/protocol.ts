import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/** Message types of the y-websocket protocol: the first varUint of every binary frame. */
export const messageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

/** Sub-types inside a sync message (y-protocols/sync). */
export const syncType = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

/** Sub-type of an auth message: the stock provider logs the reason and stops nothing. */
export const authPermissionDenied = 0;

/**
 * Close codes. 4400–4499: do not reconnect as is (the client is wrong); 45xx: try again later.
 * Standard codes where one fits: 1003 text frames, 1009 frames over the size cap (set by ws),
 * 1011 storage failure, 1012 server restart.
 */
export const closeCode = {
  unsupportedData: 1003,
  internalError: 1011,
  serviceRestart: 1012,
  malformedMessage: 4400,
  /** A wrong facilitator key or an unknown participant token: said right after the upgrade. */
  unauthorized: 4401,
  forbidden: 4403,
  boardFull: 4413,
  /** A write to a board whose stored data is damaged: it is read-only until repaired. */
  boardDamaged: 4423,
  /** The board could not be read from storage: nothing was loaded; try again later. */
  storageUnavailable: 4500,
  tooSlow: 4503,
  rateLimited: 4529,
} as const;

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, messageType.sync);
    encoding.writeVarUint(e, syncType.step1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });
}

export function encodeSyncStep2(missingUpdate: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, messageType.sync);
    encoding.writeVarUint(e, syncType.step2);
    encoding.writeVarUint8Array(e, missingUpdate);
  });
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, messageType.sync);
    encoding.writeVarUint(e, syncType.update);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, messageType.awareness);
    encoding.writeVarUint8Array(e, awarenessUpdate);
  });
}

export function encodePermissionDenied(reason: string): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, messageType.auth);
    encoding.writeVarUint(e, authPermissionDenied);
    encoding.writeVarString(e, reason);
  });
}
