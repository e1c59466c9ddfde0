import { create } from "zustand";

/** The facilitator key from the link's #fragment: it never reaches the server in a URL. */
export const useFacilitatorKey = create<{ key: string | null }>(() => ({ key: null }));

/** Reads `#key=...`; the fragment stays, so the link keeps working when shared or reloaded. */
export function readFacilitatorKey(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, "")).get("key");
  return key && /^[A-Za-z0-9_-]{16,128}$/.test(key) ? key : null;
}
