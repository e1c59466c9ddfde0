import { PHASES } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import { mayAddSteps } from "./stepRules";

describe("mayAddSteps", () => {
  it("offers steps to the facilitator in every phase, locked or not", () => {
    for (const phase of PHASES) {
      expect(mayAddSteps("facilitator", { phase, locked: false })).toBe(true);
      expect(mayAddSteps("facilitator", { phase, locked: true })).toBe(true);
    }
  });

  it("offers steps to participants in Review only, while the board is open", () => {
    for (const phase of PHASES) {
      expect(mayAddSteps("participant", { phase, locked: false })).toBe(phase === "review");
    }
    expect(mayAddSteps("participant", { phase: "review", locked: true })).toBe(false);
  });

  it("never offers steps to a viewer", () => {
    expect(mayAddSteps("viewer", { phase: "review", locked: false })).toBe(false);
  });
});
