import { describe, expect, it } from "vitest";
import { permissionsFor } from "./permissions";

const open = { locked: false, phase: "write" } as const;

describe("permissionsFor", () => {
  it("lets participants edit and drag an open board", () => {
    expect(permissionsFor("participant", open)).toEqual({
      edit: true,
      drag: true,
      vote: false,
      facilitate: false,
    });
  });

  it("stops participants, not the facilitator, when the board is locked", () => {
    const locked = { ...open, locked: true };
    expect(permissionsFor("participant", locked)).toMatchObject({ edit: false, drag: false });
    expect(permissionsFor("facilitator", locked)).toMatchObject({ edit: true, drag: true });
  });

  it("gives viewers nothing to change", () => {
    expect(permissionsFor("viewer", { ...open, phase: "vote" })).toEqual({
      edit: false,
      drag: false,
      vote: false,
      facilitate: false,
    });
  });

  it("lets people vote in the Vote phase while the board is open", () => {
    expect(permissionsFor("participant", { locked: false, phase: "vote" }).vote).toBe(true);
    expect(permissionsFor("participant", { locked: true, phase: "vote" }).vote).toBe(false);
    expect(permissionsFor("facilitator", { locked: true, phase: "vote" }).vote).toBe(false);
    expect(permissionsFor("facilitator", { ...open, phase: "review" }).vote).toBe(false);
  });

  it("turns dragging off in Review", () => {
    expect(permissionsFor("facilitator", { ...open, phase: "review" })).toMatchObject({
      edit: true,
      drag: false,
    });
  });
});
