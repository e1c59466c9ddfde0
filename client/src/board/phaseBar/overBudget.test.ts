import { describe, expect, it } from "vitest";
import { overBudgetMessage } from "./overBudget";

describe("the notice for votes over a lowered budget", () => {
  it("says nothing within the budget", () => {
    expect(overBudgetMessage(3, [])).toBeNull();
  });

  it("tells how many to take back from the whole budget", () => {
    expect(overBudgetMessage(3, [{ title: null, used: 5, over: 2 }])).toBe(
      "The facilitator lowered the votes to 3: you have 5. Take 2 back to choose which of yours count; until then you cannot add any.",
    );
  });

  it("names each priority when budgets are per priority", () => {
    expect(
      overBudgetMessage(1, [
        { title: "Priority one", used: 3, over: 2 },
        { title: "Priority two", used: 2, over: 1 },
      ]),
    ).toBe(
      "The facilitator lowered the votes to 1 vote in each priority: you have 3 in Priority one and 2 in Priority two. Take back 2 in Priority one and 1 in Priority two to choose which of yours count; until then you cannot add any there.",
    );
  });
});
