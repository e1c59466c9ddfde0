import type { Context } from "hono";
import { bearerToken, keyMatches } from "../auth";

/** A board or a meeting: whatever holds a facilitator key's hash. */
type Keyed = { facilitatorKeyHash: string };

import { apiError } from "./errors";

/** What a request's `Authorization: Bearer <facilitatorKey>` says: absent, wrong or right. */
export function facilitatorKeyOf(c: Context, keyed: Keyed): "absent" | "wrong" | "right" {
  const key = bearerToken(c.req.header("authorization"));
  if (key === undefined) return "absent";
  return keyMatches(key, keyed.facilitatorKeyHash) ? "right" : "wrong";
}

/** Null when the request carries the facilitator key; otherwise the 401 or 403 to answer. */
export function requireFacilitator(
  c: Context,
  keyed: Keyed,
  what: "board" | "meeting" = "board",
): Response | null {
  const key = facilitatorKeyOf(c, keyed);
  if (key === "right") return null;
  if (key === "absent") {
    return apiError(
      c,
      401,
      "facilitator-key-required",
      "send the facilitator key as `Authorization: Bearer <key>`",
    );
  }
  return apiError(
    c,
    403,
    "wrong-facilitator-key",
    `the facilitator key does not match this ${what}`,
  );
}
