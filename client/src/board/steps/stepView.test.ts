import type { Step } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import {
  dueDay,
  filterSteps,
  groupStepsByItem,
  itemsInRoomOrder,
  matchesStatus,
  ownerSuggestions,
  statusCounts,
  stepOwners,
  stepsByItemMemo,
} from "./stepView";

const TODAY = "2026-03-10";

function step(id: string, parts: Partial<Step> = {}): Step {
  return {
    id,
    text: `Step ${id}`,
    owner: "",
    due: "",
    measure: "",
    done: false,
    item: "",
    createdAt: 1,
    createdBy: "",
    carriedFrom: null,
    ...parts,
  };
}

const late = step("late", { due: "2026-03-09", owner: "Ana" });
const dueToday = step("today", { due: TODAY, owner: "ana " });
const doneLate = step("doneLate", { due: "2026-01-01", done: true, owner: "Ben" });
const undated = step("undated");
const all = [late, dueToday, doneLate, undated];

describe("filterSteps by state", () => {
  it("keeps every step for all, the open ones for open, the done ones for done", () => {
    const ids = (status: "all" | "open" | "done" | "overdue") =>
      filterSteps(all, { status, owner: { kind: "anyone" } }, TODAY).map((s) => s.id);
    expect(ids("all")).toEqual(["late", "today", "doneLate", "undated"]);
    expect(ids("open")).toEqual(["late", "today", "undated"]);
    expect(ids("done")).toEqual(["doneLate"]);
  });

  it("calls a step overdue only when open and its date is before today", () => {
    expect(matchesStatus(late, "overdue", TODAY)).toBe(true);
    // Due today is not late yet; a done step is never late; no date, never late.
    expect(matchesStatus(dueToday, "overdue", TODAY)).toBe(false);
    expect(matchesStatus(doneLate, "overdue", TODAY)).toBe(false);
    expect(matchesStatus(undated, "overdue", TODAY)).toBe(false);
    // The next day, the step due today is late.
    expect(matchesStatus(dueToday, "overdue", "2026-03-11")).toBe(true);
  });

  it("counts what each choice would show", () => {
    expect(statusCounts(all, TODAY)).toEqual({ all: 4, open: 3, done: 1, overdue: 1 });
  });
});

describe("filterSteps keeping steps changed in the panel", () => {
  it("keeps a step ticked done in view under Open, until the filters change", () => {
    const ticked = { ...late, done: true };
    const open = { status: "open", owner: { kind: "anyone" } } as const;
    expect(filterSteps([ticked, undated], open, TODAY).map((s) => s.id)).toEqual(["undated"]);
    expect(filterSteps([ticked, undated], open, TODAY, new Set(["late"]))).toEqual([
      ticked,
      undated,
    ]);
  });
});

describe("filterSteps by person", () => {
  it("matches an owner whatever the case and spaces", () => {
    const owner = { kind: "person", name: "ANA" } as const;
    expect(filterSteps(all, { status: "all", owner }, TODAY).map((s) => s.id)).toEqual([
      "late",
      "today",
    ]);
  });

  it("finds the steps nobody owns yet, and combines with the state", () => {
    expect(
      filterSteps(all, { status: "all", owner: { kind: "nobody" } }, TODAY).map((s) => s.id),
    ).toEqual(["undated"]);
    expect(
      filterSteps(all, { status: "overdue", owner: { kind: "person", name: "Ana" } }, TODAY),
    ).toEqual([late]);
  });
});

describe("stepOwners", () => {
  it("lists each owner once, as first typed, alphabetically, leaving out blanks", () => {
    const steps = [
      step("1", { owner: "  ben  " }),
      step("2", { owner: "Ana" }),
      step("3", { owner: "BEN" }),
      step("4", { owner: "   " }),
      step("5", { owner: "álvaro" }),
    ];
    expect(stepOwners(steps)).toEqual(["álvaro", "Ana", "ben"]);
  });

  it("offers the roster and the owners named before for Who", () => {
    expect(ownerSuggestions({ p1: "Cy", p2: "Ana" }, [step("1", { owner: "ana" })])).toEqual([
      "Ana",
      "Cy",
    ]);
  });
});

describe("itemsInRoomOrder", () => {
  it("goes lane by lane: each cluster then its notes, then the loose notes", () => {
    const order = itemsInRoomOrder({
      lanes: [{ id: "inbox" }, { id: "p1" }, { id: "p2" }],
      clusterIdsByLane: { inbox: [], p1: ["c1", "c2"], p2: [] },
      noteIdsByCluster: { c1: ["n1", "n2"], c2: [] },
      looseNoteIdsByLane: { inbox: ["n0"], p1: ["n3"], p2: ["n4"] },
    });
    expect(order).toEqual(["n0", "c1", "n1", "n2", "c2", "n3", "n4"]);
  });
});

describe("groupStepsByItem", () => {
  it("groups by item in the room's order, then items gone, then the whole board's", () => {
    const steps = [
      step("a", { item: "n3" }),
      step("b", { item: "" }),
      step("c", { item: "c1" }),
      step("d", { item: "old-note" }),
      step("e", { item: "n3" }),
      step("f", { item: "other-old" }),
    ];
    const groups = groupStepsByItem(steps, ["n0", "c1", "n1", "n3"]);
    expect(
      groups.map((g) => [g.kind === "item" ? g.item : g.kind, g.steps.map((s) => s.id)]),
    ).toEqual([
      ["c1", ["c"]],
      ["n3", ["a", "e"]],
      ["gone", ["d", "f"]],
      ["board", ["b"]],
    ]);
  });

  it("makes no empty groups", () => {
    expect(groupStepsByItem([], ["n1"])).toEqual([]);
    expect(groupStepsByItem([step("a", { item: "n1" })], ["n1", "n1"])).toHaveLength(1);
  });
});

describe("stepsByItemMemo", () => {
  it("works each item's steps out once per list, leaving out the board's own", () => {
    const byItem = stepsByItemMemo();
    const steps = [step("a", { item: "n1" }), step("b", { item: "n1" }), step("c")];
    const first = byItem(steps);
    expect(byItem(steps)).toBe(first);
    expect(first.get("n1")?.map((s) => s.id)).toEqual(["a", "b"]);
    expect(first.has("")).toBe(false);
  });

  it("keeps an item's list the same while its steps are unchanged", () => {
    const byItem = stepsByItemMemo();
    const before = byItem([step("a", { item: "n1" }), step("b", { item: "n2" })]);
    // A new reading of the board: new objects, one step changed.
    const after = byItem([step("a", { item: "n1" }), step("b", { item: "n2", done: true })]);
    expect(after.get("n1")).toBe(before.get("n1"));
    expect(after.get("n2")).not.toBe(before.get("n2"));
    expect(after.get("n2")?.[0]?.done).toBe(true);
  });
});

describe("dueDay", () => {
  it("is the local calendar day, not midnight UTC", () => {
    const day = dueDay("2026-12-15");
    expect([day.getFullYear(), day.getMonth(), day.getDate()]).toEqual([2026, 11, 15]);
  });
});
