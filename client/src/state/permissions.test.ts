import { PHASES } from "@roundtable/shared";
import { describe, expect, it } from "vitest";
import type { Role } from "./controlStore";
import {
  isFacilitator,
  permissionsFor,
  readOnlyReason,
  restorerFor,
  roleOnBoard,
  votingClosedReason,
  writesPrivately,
} from "./permissions";

const open = { locked: false, phase: "write" } as const;
const ROLES: readonly Role[] = ["facilitator", "participant", "viewer"];

describe("permissionsFor", () => {
  it("lets participants edit and drag an open board", () => {
    expect(permissionsFor("participant", open)).toEqual({
      edit: true,
      drag: true,
      vote: false,
      facilitate: false,
      rename: false,
      takePart: true,
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
      rename: false,
      takePart: false,
    });
  });

  it("gives the facilitator the controls and the renaming, locked or not", () => {
    for (const locked of [false, true]) {
      expect(permissionsFor("facilitator", { ...open, locked })).toMatchObject({
        facilitate: true,
        rename: true,
        takePart: true,
      });
    }
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

  it("agrees with the reasons the actions give, for every role, lock and phase", () => {
    for (const role of ROLES) {
      for (const locked of [false, true]) {
        for (const phase of PHASES) {
          const control = { locked, phase };
          const can = permissionsFor(role, control);
          expect(can.edit).toBe(readOnlyReason(role, control) === null);
          expect(can.vote).toBe(votingClosedReason(role, control) === null);
        }
      }
    }
  });
});

describe("isFacilitator", () => {
  it("answers yes for the facilitator's role only", () => {
    expect(ROLES.filter(isFacilitator)).toEqual(["facilitator"]);
  });

  it("is the role a board opens in with the facilitator key", () => {
    expect(isFacilitator(roleOnBoard("k".repeat(24)))).toBe(true);
    expect(roleOnBoard(null)).toBe("participant");
  });
});

describe("readOnlyReason", () => {
  it("says why a viewer or a locked-out participant may not change the board", () => {
    expect(readOnlyReason("viewer", { locked: false })).toBe("This is a read-only view");
    expect(readOnlyReason("participant", { locked: true })).toBe("The board is locked");
    expect(readOnlyReason("participant", { locked: false })).toBeNull();
    expect(readOnlyReason("facilitator", { locked: true })).toBeNull();
  });
});

describe("votingClosedReason", () => {
  it("says a viewer watches, then whether voting is open, then the lock", () => {
    expect(votingClosedReason("viewer", { locked: true, phase: "write" })).toBe(
      "This is a read-only view",
    );
    expect(votingClosedReason("participant", { locked: true, phase: "write" })).toBe(
      "Voting is not open",
    );
    expect(votingClosedReason("facilitator", { locked: true, phase: "vote" })).toBe(
      "The board is locked",
    );
    expect(votingClosedReason("participant", { locked: false, phase: "vote" })).toBeNull();
  });
});

describe("writesPrivately", () => {
  it("keeps new notes private for everyone at the board while private writing is on", () => {
    expect(writesPrivately("participant", { privateWriting: true })).toBe(true);
    expect(writesPrivately("facilitator", { privateWriting: true })).toBe(true);
    expect(writesPrivately("viewer", { privateWriting: true })).toBe(false);
    expect(writesPrivately("participant", { privateWriting: false })).toBe(false);
  });
});

describe("restorerFor", () => {
  it("lets the facilitator restore any note, anyone else their own", () => {
    expect(restorerFor("facilitator", "p1")).toEqual({ facilitator: true, participantId: "p1" });
    expect(restorerFor("participant", "p2")).toEqual({ facilitator: false, participantId: "p2" });
    expect(restorerFor("viewer", null)).toEqual({ facilitator: false, participantId: null });
  });
});
