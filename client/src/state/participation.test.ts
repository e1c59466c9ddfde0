import { describe, expect, it } from "vitest";
import { participation } from "./participation";

describe("participation", () => {
  it("lists people who have not written first, then by fewest notes", () => {
    const list = participation({ a: "Ana", b: "Ben", c: "Cy" }, [{ id: "b", name: "Ben" }], {
      a: 3,
      c: 1,
    });
    expect(list).toEqual([
      { id: "b", name: "Ben", online: true, notes: 0 },
      { id: "c", name: "Cy", online: false, notes: 1 },
      { id: "a", name: "Ana", online: false, notes: 3 },
    ]);
  });

  it("adds people who are here but not yet in the roster, with their current name", () => {
    const list = participation(
      { a: "Old name" },
      [
        { id: "a", name: "New name" },
        { id: "d", name: "Dee" },
      ],
      {},
    );
    expect(list.map((person) => [person.name, person.online])).toEqual([
      ["Dee", true],
      ["New name", true],
    ]);
  });
});
