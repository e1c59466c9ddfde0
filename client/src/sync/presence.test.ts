import { describe, expect, it } from "vitest";
import { othersOnNotes } from "./presence";

const person = (name: string, editing: string | null, dragging: string | null, isSelf = false) => ({
  id: name.toLowerCase(),
  name,
  color: "#64748b",
  editing,
  dragging,
  clientId: name.length,
  isSelf,
});

describe("othersOnNotes", () => {
  it("names the others on each note once, and never this person", () => {
    const people = [
      person("Ada", "n1", null, true),
      person("Ben", "n1", null),
      person("Cy", "n2", "n2"),
      person("Di", null, "n1"),
      person("Ed", null, null),
    ];
    expect(othersOnNotes(people)).toEqual({ n1: "Ben, Di", n2: "Cy" });
  });

  it("is empty when nobody else is on a note", () => {
    expect(othersOnNotes([person("Ada", "n1", "n1", true), person("Ben", null, null)])).toEqual({});
  });
});
