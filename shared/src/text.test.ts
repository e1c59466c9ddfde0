import { describe, expect, it } from "vitest";
import { splitsSurrogatePair, textLength, textSplice } from "./text";

function apply(before: string, after: string): string {
  const splice = textSplice(before, after);
  if (!splice) return before;
  return (
    before.slice(0, splice.index) + splice.insert + before.slice(splice.index + splice.deleteCount)
  );
}

describe("textLength", () => {
  it("counts an emoji as one character", () => {
    expect(textLength("😀")).toBe(1);
    expect(textLength("a😀b")).toBe(3);
    expect(textLength("é")).toBe(1);
  });

  it("counts a lone surrogate as one character", () => {
    expect(textLength("\ud83d")).toBe(1);
  });
});

describe("textSplice", () => {
  it("returns null for equal texts", () => {
    expect(textSplice("same", "same")).toBeNull();
  });

  it("keeps the common prefix and suffix", () => {
    expect(textSplice("hello world", "hello brave world")).toEqual({
      index: 6,
      deleteCount: 0,
      insert: "brave ",
    });
  });

  it("never cuts an emoji in half", () => {
    const splice = textSplice("x😀y", "x😁y");
    expect(splice).toEqual({ index: 1, deleteCount: 2, insert: "😁" });
  });

  it("reproduces the target for awkward inputs", () => {
    const cases: [string, string][] = [
      ["", "abc"],
      ["abc", ""],
      ["aaa", "aaaa"],
      ["😀😀", "😀"],
      ["a😀", "a😁😀"],
      ["abcabc", "abc"],
    ];
    for (const [before, after] of cases) expect(apply(before, after)).toBe(after);
  });
});

describe("splitsSurrogatePair", () => {
  it("detects indexes inside a pair", () => {
    expect(splitsSurrogatePair("a😀", 2)).toBe(true);
    expect(splitsSurrogatePair("a😀", 1)).toBe(false);
    expect(splitsSurrogatePair("a😀", 3)).toBe(false);
  });
});
