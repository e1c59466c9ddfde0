import { describe, expect, it } from "vitest";
import { followContinues, MAX_SERIES } from "./chain";

/** Boards by id, each naming the one it continues. */
function reader(continues: Record<string, string | null>) {
  const reads: [string, number][] = [];
  const read = (id: string, position: number) => {
    reads.push([id, position]);
    if (!Object.hasOwn(continues, id)) return null;
    return { board: id, continues: continues[id] ?? null };
  };
  return { read, reads };
}

describe("followContinues", () => {
  it("follows the boards back, oldest first and the board itself last, reading each once", () => {
    const { read, reads } = reader({ c: "b", b: "a", a: null });
    expect(followContinues("c", read)).toEqual(["a", "b", "c"]);
    expect(reads).toEqual([
      ["c", 0],
      ["b", 1],
      ["a", 2],
    ]);
  });

  it("gives the board alone when it continues nothing", () => {
    expect(followContinues("a", reader({ a: null }).read)).toEqual(["a"]);
  });

  it("stops at a board that is missing", () => {
    expect(followContinues("c", reader({ c: "b", b: "gone" }).read)).toEqual(["b", "c"]);
  });

  it("stops at a loop, before reading any board twice", () => {
    const { read, reads } = reader({ c: "b", b: "a", a: "c" });
    expect(followContinues("c", read)).toEqual(["a", "b", "c"]);
    expect(reads.length).toBe(3);
    expect(followContinues("s", reader({ s: "s" }).read)).toEqual(["s"]);
  });

  it(`reads at most ${MAX_SERIES} boards`, () => {
    const boards: Record<string, string | null> = { b0: null };
    for (let i = 1; i < 10; i++) boards[`b${i}`] = `b${i - 1}`;
    const { read, reads } = reader(boards);
    expect(followContinues("b9", read)).toEqual(["b4", "b5", "b6", "b7", "b8", "b9"]);
    expect(reads.length).toBe(MAX_SERIES);
  });
});
