import { describe, expect, it } from "vitest";
import { DEFAULT_LANE_TITLES, headingTitle, laneForHeading, priorityLane } from "./laneHeadings";

describe("priorityLane", () => {
  it("reads priority lines with a dash, a colon or nothing after them, in any case", () => {
    expect(priorityLane("Priority one -")).toBe("p1");
    expect(priorityLane("Priority two:")).toBe("p2");
    expect(priorityLane("PRIORITY THREE")).toBe("p3");
    expect(priorityLane("priority 4 –")).toBe("p4");
  });

  it("reads the same lines written in Spanish", () => {
    expect(priorityLane("Prioridad uno -")).toBe("p1");
    expect(priorityLane("prioridad DOS:")).toBe("p2");
    expect(priorityLane("Prioridad tres")).toBe("p3");
    expect(priorityLane("Prioridad 4 —")).toBe("p4");
    expect(priorityLane("Prioridad cinco -")).toBeNull();
    expect(priorityLane("Prioridad uno - arreglar las puertas")).toBeNull();
  });

  it("refuses anything more, so prose and timelines stay prose", () => {
    expect(priorityLane("Priority one - fix the doors")).toBeNull();
    expect(priorityLane("Priority five -")).toBeNull();
    expect(priorityLane("June - LAT designs proposed governance")).toBeNull();
    expect(priorityLane("Our priority one -")).toBeNull();
  });
});

describe("laneForHeading", () => {
  const titles = { ...DEFAULT_LANE_TITLES, p2: "Next steps", p4: "Someday, maybe" };

  it("matches a lane's current title, ignoring case, spacing and a trailing separator", () => {
    expect(laneForHeading("next   STEPS:", titles)).toBe("p2");
    expect(laneForHeading("Someday, maybe", titles)).toBe("p4");
    expect(laneForHeading("Unsorted", titles)).toBe("inbox");
  });

  it("falls back to the priority a heading spells out, else names no lane", () => {
    expect(laneForHeading("Priority two", titles)).toBe("p2");
    expect(laneForHeading("Prioridad tres", titles)).toBe("p3");
    expect(laneForHeading("Sin ordenar", titles), "the inbox's Spanish title").toBe("inbox");
    expect(laneForHeading("Background", titles)).toBeNull();
    expect(laneForHeading("  ", titles)).toBeNull();
  });

  it("strips the separator from a heading's title", () => {
    expect(headingTitle("Priority one - ")).toBe("Priority one");
    expect(headingTitle("Next steps:")).toBe("Next steps");
  });
});
