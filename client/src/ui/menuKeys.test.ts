import { describe, expect, it } from "vitest";
import { indexByLetter, nextMenuIndex } from "./menuKeys";

describe("nextMenuIndex", () => {
  it("moves down and up, wrapping round at the ends", () => {
    expect(nextMenuIndex("ArrowDown", 0, 5)).toBe(1);
    expect(nextMenuIndex("ArrowDown", 4, 5)).toBe(0);
    expect(nextMenuIndex("ArrowUp", 0, 5)).toBe(4);
    expect(nextMenuIndex("ArrowUp", 3, 5)).toBe(2);
  });

  it("starts at the first or the last item when nothing has the focus yet", () => {
    expect(nextMenuIndex("ArrowDown", -1, 5)).toBe(0);
    expect(nextMenuIndex("ArrowUp", -1, 5)).toBe(4);
  });

  it("jumps to the ends with Home and End", () => {
    expect(nextMenuIndex("Home", 3, 5)).toBe(0);
    expect(nextMenuIndex("End", 1, 5)).toBe(4);
  });

  it("leaves other keys and empty menus alone", () => {
    expect(nextMenuIndex("Enter", 1, 5)).toBeNull();
    expect(nextMenuIndex("ArrowDown", 0, 0)).toBeNull();
  });
});

describe("indexByLetter", () => {
  const labels = [
    "Markdown (.md)",
    "Spreadsheet (.csv)",
    "JSON (.json)",
    "Printable page",
    "Picture (.png)",
  ];

  it("finds the next item starting with the letter, wrapping round", () => {
    expect(indexByLetter("p", 0, labels)).toBe(3);
    expect(indexByLetter("P", 3, labels)).toBe(4);
    expect(indexByLetter("p", 4, labels)).toBe(3);
  });

  it("gives null when no item starts with it", () => {
    expect(indexByLetter("z", 0, labels)).toBeNull();
  });
});
