import type { ControlState } from "@roundtable/shared";
import type { Role } from "./controlStore";

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
 * Viewers only watch. A lock stops participants' edits, never the facilitator's, and holds
 * everyone's votes as they are. Review is a read-only ranking, so nobody drags there; votes
 * are placed in the Vote phase only.
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
    vote: role !== "viewer" && control.phase === "vote" && !control.locked,
    facilitate,
  };
}
