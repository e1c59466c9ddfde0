import { describe, expect, it } from "vitest";
import { BOARD_ID_PATTERN, isValidBoardId, isValidRecordId, newId } from "./ids";

describe("newId", () => {
  it("is 22 url-safe characters and a valid board id", () => {
    const id = newId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(isValidBoardId(id)).toBe(true);
    expect(isValidRecordId(id)).toBe(true);
  });

  it("does not repeat", () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newId()));
    expect(ids.size).toBe(2000);
  });

  it("uses the whole alphabet over many ids", () => {
    const seen = new Set(Array.from({ length: 500 }, () => newId()).join(""));
    expect(seen.size).toBeGreaterThan(60);
  });
});

describe("isValidBoardId", () => {
  it("accepts url-safe ids of 8 to 64 characters", () => {
    expect(isValidBoardId("abcd_EF-")).toBe(true);
    expect(isValidBoardId("a".repeat(64))).toBe(true);
    expect(BOARD_ID_PATTERN.test("a".repeat(65))).toBe(false);
  });

  it("rejects short, unsafe and non-string ids", () => {
    for (const bad of ["short", "../../etc/passwd", "has space1", "a".repeat(65), 12345678, null]) {
      expect(isValidBoardId(bad)).toBe(false);
    }
  });
});
