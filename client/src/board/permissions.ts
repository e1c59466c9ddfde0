import type { ControlState } from "@roundtable/shared";

export type Role = "facilitator" | "participant" | "viewer";

/** What this screen offers, from its role and the facilitator's settings. */
export type Permissions = {
  /** Add, edit, recolour and delete notes. */
  edit: boolean;
  /** Move notes by drag or keyboard. */
  drag: boolean;
  /** Place and take back dots. */
  vote: boolean;
  /** The facilitator's controls. */
  facilitate: boolean;
};

/**
 * Viewers only watch. A lock stops participants, never the facilitator. Review is a read-only
 * ranking, so nobody drags there; votes are placed in the Vote phase only.
 */
export function permissionsFor(
  role: Role,
  control: Pick<ControlState, "locked" | "phase">,
): Permissions {
  const facilitate = role === "facilitator";
  const edit = facilitate || (role === "participant" && !control.locked);
  return {
    edit,
    drag: edit && control.phase !== "review",
    vote: role !== "viewer" && control.phase === "vote",
    facilitate,
  };
}
