import { describe, expect, it } from "vitest";
import {
  compareByOrder,
  isValidOrderKey,
  type Orderable,
  orderAtEnd,
  orderBetween,
  ordersAtEnd,
  placeAt,
} from "./order";

function sorted(items: Orderable[]): string[] {
  return [...items].sort(compareByOrder).map((item) => item.id);
}

/** Inserts via placeAt and returns the resulting order of ids. */
function insert(items: Orderable[], index: number, id = "new"): string[] {
  const { order, reordered } = placeAt(items, index);
  const changed = new Map(reordered.map((item) => [item.id, item.order]));
  const next = items.map((item) => ({ id: item.id, order: changed.get(item.id) ?? item.order }));
  return sorted([...next, { id, order }]);
}

describe("isValidOrderKey", () => {
  it("accepts generated keys and rejects junk", () => {
    expect(isValidOrderKey("a0")).toBe(true);
    expect(isValidOrderKey("a0V")).toBe(true);
    for (const bad of ["", "a", "a00", "0a", "a0 ", "ä0", 5, null, undefined]) {
      expect(isValidOrderKey(bad)).toBe(false);
    }
  });
});

describe("compareByOrder", () => {
  it("sorts by key, then by id", () => {
    const items = [
      { id: "b", order: "a1" },
      { id: "a", order: "a1" },
      { id: "c", order: "a0" },
    ];
    expect(sorted(items)).toEqual(["c", "a", "b"]);
  });

  it("puts missing and invalid keys last without throwing", () => {
    const items = [
      { id: "x", order: "" },
      { id: "y", order: "garbage!" },
      { id: "z", order: "a5" },
    ];
    expect(sorted(items)).toEqual(["z", "x", "y"]);
  });
});

describe("orderBetween / orderAtEnd", () => {
  it("produces keys that sort between their neighbours", () => {
    const key = orderBetween("a0", "a1");
    expect(key > "a0" && key < "a1").toBe(true);
    expect(orderBetween(null, "a0") < "a0").toBe(true);
    expect(orderBetween("a0", null) > "a0").toBe(true);
  });

  it("treats invalid neighbours as open ends and never throws on equal ones", () => {
    expect(orderBetween("junk!", "a0") < "a0").toBe(true);
    expect(orderBetween("a3", "a3") > "a3").toBe(true);
  });

  it("appends after the largest valid key", () => {
    expect(orderAtEnd([])).toBe("a0");
    expect(orderAtEnd(["a2", "junk", null, "a0"]) > "a2").toBe(true);
    const keys = ordersAtEnd(["a2"], 3);
    expect(keys).toHaveLength(3);
    expect([...keys].sort()).toEqual(keys);
    expect((keys[0] ?? "") > "a2").toBe(true);
  });
});

describe("placeAt", () => {
  const items = [
    { id: "a", order: "a0" },
    { id: "b", order: "a1" },
    { id: "c", order: "a2" },
  ];

  it("places at the start, middle and end without touching neighbours", () => {
    expect(insert(items, 0)).toEqual(["new", "a", "b", "c"]);
    expect(insert(items, 2)).toEqual(["a", "b", "new", "c"]);
    expect(insert(items, 3)).toEqual(["a", "b", "c", "new"]);
    expect(placeAt(items, 1).reordered).toEqual([]);
  });

  it("makes room between neighbours that share a key", () => {
    const tied = [
      { id: "a", order: "a0" },
      { id: "b", order: "a1" },
      { id: "c", order: "a1" },
      { id: "d", order: "a2" },
    ];
    expect(insert(tied, 2)).toEqual(["a", "b", "new", "c", "d"]);
  });

  it("gives fresh keys to trailing items with invalid keys", () => {
    const broken = [
      { id: "a", order: "a0" },
      { id: "x", order: "" },
      { id: "y", order: "zz!" },
    ];
    const result = placeAt(broken, 2);
    expect(result.reordered.map((item) => item.id)).toEqual(["x", "y"]);
    expect(insert(broken, 2)).toEqual(["a", "x", "new", "y"]);
  });

  it("clamps out-of-range indexes", () => {
    expect(insert(items, 99)).toEqual(["a", "b", "c", "new"]);
    expect(insert(items, -5)).toEqual(["new", "a", "b", "c"]);
  });
});
