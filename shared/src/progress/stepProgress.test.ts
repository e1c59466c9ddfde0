import { describe, expect, it } from "vitest";
import type { Step } from "../steps/step";
import { carriedSteps, countSteps, stepState } from "./stepProgress";

const step = (id: string, fields: Partial<Step> = {}): Step => ({
  id,
  text: `Step ${id}`,
  owner: "",
  due: "",
  measure: "",
  done: false,
  item: "",
  createdAt: null,
  createdBy: "",
  carriedFrom: "earlier",
  ...fields,
});

const today = "2026-03-10";

describe("step progress", () => {
  it("calls a step done, overdue when open with a date before today, and open otherwise", () => {
    expect(stepState(step("a", { done: true, due: "2026-01-01" }), today)).toBe("done");
    expect(stepState(step("b", { due: "2026-03-09" }), today)).toBe("overdue");
    expect(stepState(step("c", { due: today }), today)).toBe("open");
    expect(stepState(step("d"), today)).toBe("open");
  });

  it("lists only the steps carried from the board named, each in one list, in the order given", () => {
    const steps = [
      step("late", { owner: "Ada", due: "2026-02-01", measure: "not listed" }),
      step("mine", { carriedFrom: null }),
      step("other", { carriedFrom: "older" }),
      step("done", { done: true, owner: "Ben" }),
      step("open", { due: "2026-04-01" }),
      step("open2"),
    ];
    expect(carriedSteps(steps, "earlier", today)).toEqual({
      done: [{ id: "done", text: "Step done", owner: "Ben", due: "" }],
      open: [
        { id: "open", text: "Step open", owner: "", due: "2026-04-01" },
        { id: "open2", text: "Step open2", owner: "", due: "" },
      ],
      overdue: [{ id: "late", text: "Step late", owner: "Ada", due: "2026-02-01" }],
    });
  });

  it("counts all of a board's steps, carried or not", () => {
    const steps = [
      step("a", { done: true }),
      step("b", { carriedFrom: null, due: "2020-01-01" }),
      step("c"),
      step("d", { carriedFrom: null }),
    ];
    expect(countSteps(steps, today)).toEqual({ done: 1, open: 2, overdue: 1 });
    expect(countSteps([], today)).toEqual({ done: 0, open: 0, overdue: 0 });
  });
});
