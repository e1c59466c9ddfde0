import { describe, expect, it } from "vitest";
import { changeLines, oneLine } from "./changeLines";

describe("changeLines", () => {
  const sections = changeLines({
    added: [{ id: "a", text: "Dance in every school", lane: "Priority one" }],
    removed: [{ id: "r", text: "Old idea", lane: "Unsorted" }],
    moved: [{ id: "m", text: "Teaching artists", from: "Priority two", to: "Priority four" }],
    votes: [
      { id: "v", text: "Band uniforms", before: 2, after: 5 },
      { id: "h", text: "Kiln repair", before: null, after: 3 },
    ],
  });

  it("titles the four sections in order", () => {
    expect(sections.map((s) => s.title)).toEqual([
      "New notes",
      "Moved between priorities",
      "Removed",
      "Votes changed",
    ]);
  });

  it("says where a note went and how votes changed", () => {
    expect(sections[0]?.lines[0]?.text).toBe("Dance in every school (Priority one)");
    expect(sections[1]?.lines[0]?.text).toBe("Teaching artists: Priority two → Priority four");
    expect(sections[2]?.lines[0]?.text).toBe("Old idea (Unsorted)");
    expect(sections[3]?.lines.map((l) => l.text)).toEqual([
      "Band uniforms: 2 → 5",
      "Kiln repair: hidden → 3",
    ]);
  });
});

describe("oneLine", () => {
  it("joins the lines of a note and shortens a long one", () => {
    expect(oneLine("Theatre,\n“quotes”\nand more")).toBe("Theatre, “quotes” and more");
    expect(oneLine("x".repeat(200), 10)).toBe(`${"x".repeat(9)}…`);
    expect(oneLine("  ")).toBe("(empty note)");
  });
});
