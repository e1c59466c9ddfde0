import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, newJoinCode, normalizeJoinCode } from "./joinCodes";

describe("join codes", () => {
  it("are six characters people do not confuse", () => {
    const codes = Array.from({ length: 500 }, newJoinCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(new Set(codes).size).toBeGreaterThan(495);
  });

  it("read a typed code in any case, with spaces or a hyphen", () => {
    expect(normalizeJoinCode("k7q-m2x")).toBe("K7QM2X");
    expect(normalizeJoinCode(" K7Q M2X ")).toBe("K7QM2X");
  });

  it("refuse what cannot be a code", () => {
    expect(normalizeJoinCode("K7QM2")).toBeNull();
    expect(normalizeJoinCode("K7QM2XX")).toBeNull();
    expect(normalizeJoinCode("K0QM2X")).toBeNull();
    expect(normalizeJoinCode("../../x")).toBeNull();
  });
});
