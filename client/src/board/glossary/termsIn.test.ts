import { describe, expect, it } from "vitest";
import { NO_TERMS, termsIn } from "./termsIn";

describe("termsIn", () => {
  it("finds the acronyms a text uses, each once, in order", () => {
    expect(termsIn("The LCAP and the PTAs; LCAP again")).toEqual(["LCAP", "PTA"]);
  });

  it("gives one shared empty answer to every text without acronyms", () => {
    expect(termsIn("Arts for every child")).toBe(NO_TERMS);
    expect(termsIn("")).toBe(NO_TERMS);
    expect(termsIn("WE MUST DO IT NOW")).toBe(NO_TERMS);
  });

  it("remembers a text: the same answer, found once", () => {
    const text = "Ask the ELAC about the LCAP";
    expect(termsIn(text)).toBe(termsIn(`${text}`));
    expect(Object.isFrozen(termsIn(text))).toBe(true);
  });
});
