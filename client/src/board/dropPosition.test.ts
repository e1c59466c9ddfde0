import { describe, expect, it } from "vitest";
import { pointerDrop, positionAt } from "./dropPosition";

const lanes: Record<string, string[]> = { p1: ["a", "b", "c"], p2: ["x"] };
const laneOf = (id: string) => Object.keys(lanes).find((lane) => lanes[lane]?.includes(id));
const idsIn = (lane: string) => lanes[lane] ?? [];

describe("drop positions", () => {
  it("puts a note dropped on a lane at its end", () => {
    expect(pointerDrop("a", "lane:p2", laneOf, idsIn)).toEqual({ lane: "p2", after: "x" });
    expect(pointerDrop("a", "lane:p3", laneOf, idsIn)).toEqual({ lane: "p3" });
  });

  it("takes the place of the note it is dropped on", () => {
    expect(pointerDrop("x", "b", laneOf, idsIn)).toEqual({ lane: "p1", before: "b" });
    // Moving down within a lane lands after the note it was dropped on.
    expect(pointerDrop("a", "b", laneOf, idsIn)).toEqual({ lane: "p1", before: "c" });
    expect(pointerDrop("a", "c", laneOf, idsIn)).toEqual({ lane: "p1", after: "c" });
    expect(pointerDrop("c", "a", laneOf, idsIn)).toEqual({ lane: "p1", before: "a" });
  });

  it("ignores a drop on itself", () => {
    expect(pointerDrop("a", "a", laneOf, idsIn)).toBeNull();
  });

  it("places by index for keyboard moves", () => {
    expect(positionAt("p1", ["a", "b"], 0)).toEqual({ lane: "p1", before: "a" });
    expect(positionAt("p1", ["a", "b"], 2)).toEqual({ lane: "p1", after: "b" });
  });
});
