// Only the part of Web Crypto we use; the package compiles without DOM or Node type libraries.
type RandomSource = { getRandomValues<T extends Uint8Array>(array: T): T };

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** Board ids travel in URLs and file names, so only url-safe characters are allowed. */
export const BOARD_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** Ids of notes, lanes and clusters created through the operations. */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function randomSource(): RandomSource {
  const source = (globalThis as { crypto?: RandomSource }).crypto;
  if (!source || typeof source.getRandomValues !== "function") {
    throw new Error("crypto.getRandomValues is not available");
  }
  return source;
}

function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const chunk = (a << 16) | (b << 8) | c;
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4;
    for (let k = 0; k < chars; k++) out += BASE64URL[(chunk >> (18 - 6 * k)) & 63];
  }
  return out;
}

/**
 * 128 random bits as 22 url-safe characters: unguessable, because knowing a board id is
 * enough to join the board, and collision-free without coordination between laptops.
 */
export function newId(): string {
  return toBase64Url(randomSource().getRandomValues(new Uint8Array(16)));
}

export function isValidBoardId(value: unknown): value is string {
  return typeof value === "string" && BOARD_ID_PATTERN.test(value);
}

export function isValidRecordId(value: unknown): value is string {
  return typeof value === "string" && RECORD_ID_PATTERN.test(value);
}
