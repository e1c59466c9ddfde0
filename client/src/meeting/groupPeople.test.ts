import { describe, expect, it } from "vitest";
import { notesPerPerson } from "./groupPeople";

describe("notesPerPerson", () => {
  it("names everyone in the roster and counts notes of nobody known as Anonymous", () => {
    const people = notesPerPerson({ a: "Ada", b: "Ben" }, [{ id: "b", name: "Ben" }], {
      a: 2,
      "": 1,
      stranger: 2,
    });
    expect(people.map(({ name, notes, online }) => [name, notes, online])).toEqual([
      ["Ben", 0, true],
      ["Ada", 2, false],
      ["Anonymous", 3, false],
    ]);
  });

  it("leaves Anonymous out when every note has a known author", () => {
    expect(notesPerPerson({ a: "Ada" }, [], { a: 1 }).map((p) => p.name)).toEqual(["Ada"]);
  });
});
