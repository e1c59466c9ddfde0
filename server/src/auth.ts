import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 256 random bits, url-safe: the facilitator key travels in a link's #fragment. */
export function newFacilitatorKey(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this hash is stored, so a copy of the database grants no control. */
export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function keyMatches(key: string, expectedHash: string): boolean {
  const actual = Buffer.from(hashKey(key), "hex");
  const expected = Buffer.from(expectedHash, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The facilitator key from an `Authorization: Bearer <key>` header, if any. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}
