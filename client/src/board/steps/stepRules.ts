import type { ControlState } from "@roundtable/shared";
import type { Role } from "../../state/controlStore";
import { isFacilitator, readOnlyReason } from "../../state/permissions";

/**
 * Whether this screen offers "Add next step" on notes and clusters: in Review to everyone who
 * may edit the board (not viewers, not participants of a locked board), in any phase to the
 * facilitator. Cheap enough to ask on every card.
 */
export function mayAddSteps(role: Role, control: Pick<ControlState, "locked" | "phase">): boolean {
  if (isFacilitator(role)) return true;
  return control.phase === "review" && readOnlyReason(role, control) === null;
}
