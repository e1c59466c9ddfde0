import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { recentStarts, rememberStart } from "./recentStarts";

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

describe("boards and meetings started here", () => {
  beforeEach(() => vi.stubGlobal("localStorage", memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it("lists each kind newest first, an id once", () => {
    rememberStart({ kind: "board", id: "board-one-id", title: "LRT May" }, 1);
    rememberStart({ kind: "meeting", id: "meeting-id-1", title: "Spring planning" }, 2);
    rememberStart({ kind: "board", id: "board-two-id", title: "LRT June" }, 3);
    rememberStart({ kind: "board", id: "board-one-id", title: "LRT May" }, 4);
    expect(recentStarts("board").map((start) => start.id)).toEqual([
      "board-one-id",
      "board-two-id",
    ]);
    expect(recentStarts("meeting")).toEqual([
      { kind: "meeting", id: "meeting-id-1", title: "Spring planning", at: 2 },
    ]);
  });

  it("keeps a bounded list and reads a damaged one as empty", () => {
    for (let i = 0; i < 40; i++)
      rememberStart({ kind: "board", id: `board-${i}-id`, title: "" }, i);
    expect(recentStarts("board")).toHaveLength(24);
    localStorage.setItem("roundtable:recentStarts", "{not json");
    expect(recentStarts("board")).toEqual([]);
    localStorage.setItem("roundtable:recentStarts", JSON.stringify([{ kind: "board" }, 3]));
    expect(recentStarts("board")).toEqual([]);
  });
});
