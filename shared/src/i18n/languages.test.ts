import { describe, expect, it } from "vitest";
import { isLanguage, pickLanguage } from "./languages";

describe("pickLanguage", () => {
  it("takes the first tag Roundtable speaks, by its primary subtag", () => {
    expect(pickLanguage(["fr-FR", "es-MX", "en-US"])).toBe("es");
    expect(pickLanguage(["EN_gb"])).toBe("en");
  });

  it("falls back to English when none is spoken", () => {
    expect(pickLanguage(["fr", "de"])).toBe("en");
    expect(pickLanguage([])).toBe("en");
  });
});

describe("isLanguage", () => {
  it("knows only whole language codes", () => {
    expect(isLanguage("es")).toBe(true);
    expect(isLanguage("es-MX")).toBe(false);
    expect(isLanguage(3)).toBe(false);
  });
});
