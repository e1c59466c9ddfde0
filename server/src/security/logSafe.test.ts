import { describe, expect, it } from "vitest";
import { logSafePath, shortHash } from "./logSafe";

describe("log-safe names", () => {
  it("hashes capabilities to the first 8 hex of their SHA-256", () => {
    expect(shortHash("abc")).toBe("#ba7816bf");
  });

  it("keeps the fixed words of a path and hashes every other segment", () => {
    const id = "Zq3xv7nQ2mB8kLp0aRt9Yw";
    expect(logSafePath(`/api/boards/${id}/export`)).toBe(`/api/boards/${shortHash(id)}/export`);
    expect(logSafePath("/api/join/K7QM2X")).toBe(`/api/join/${shortHash("K7QM2X")}`);
    expect(logSafePath(`/v/${id}/print`)).toBe(`/v/${shortHash(id)}/print`);
    expect(logSafePath(`${id}/votes/p-1`)).toBe(`${shortHash(id)}/votes/${shortHash("p-1")}`);
    expect(logSafePath(`view/${id}`)).toBe(`view/${shortHash(id)}`);
  });

  it("keeps the built files' names, but not under /api/", () => {
    expect(logSafePath("/assets/index-1a2B3c.js")).toBe("/assets/index-1a2B3c.js");
    expect(logSafePath("/sw.js")).toBe("/sw.js");
    expect(logSafePath("/api/join/K7QM2X.js")).toBe(`/api/join/${shortHash("K7QM2X.js")}`);
  });
});
