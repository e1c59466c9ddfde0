import type { ControlState, Restorer } from "@roundtable/shared";
import { t } from "../i18n/i18n";
import type { Role } from "./controlStore";

/**
 * What a person may do on a board, decided here and nowhere else: components ask
 * `usePermissions()` (`useFacilitation.ts`), actions ask the functions below with the control
 * store's role and settings. The server checks the same rules on every write.
 */

/** The one answer to "is this screen the facilitator's?". */
export function isFacilitator(role: Role): boolean {
  return role === "facilitator";
}

/**
 * The role a board's link opens in: the facilitator's with the facilitator key (from the link's
 * fragment), a participant's without it. The view link opens as a viewer.
 */
export function roleOnBoard(facilitatorKey: string | null): Role {
  return facilitatorKey ? "facilitator" : "participant";
}

/** What this screen offers, from its role and the facilitator's settings. */
export type Permissions = {
  /** Add, edit, recolour and delete notes; undo and redo. */
  edit: boolean;
  /** Move notes by drag or keyboard. */
  drag: boolean;
  /** Place and take back dots. */
  vote: boolean;
  /** The facilitator's controls, panel, imports and the room's screen. */
  facilitate: boolean;
  /** Rename the board and its lanes. */
  rename: boolean;
  /** Be one of the people at the board: snapshots, deleted notes, a name, the invite. */
  takePart: boolean;
};

/**
 * Why this screen may not change the board right now, or null when it may: viewers never,
 * participants not while the facilitator has locked the board. A lock never stops the
 * facilitator.
 */
export function readOnlyReason(role: Role, control: Pick<ControlState, "locked">): string | null {
  if (role === "viewer") return t("state:permission.readOnly");
  if (role === "participant" && control.locked) return t("state:permission.locked");
  return null;
}

/**
 * Why this screen may not place or take back votes right now, or null: votes are placed in the
 * Vote phase only, and a lock holds everyone's votes as they are, the facilitator's too.
 */
export function votingClosedReason(
  role: Role,
  control: Pick<ControlState, "locked" | "phase">,
): string | null {
  if (role === "viewer") return t("state:permission.readOnly");
  if (control.phase !== "vote") return t("state:permission.votingNotOpen");
  if (control.locked) return t("state:permission.locked");
  return null;
}

/** Whether this screen's new notes stay private on this laptop for now. */
export function writesPrivately(
  role: Role,
  control: Pick<ControlState, "privateWriting">,
): boolean {
  return role !== "viewer" && control.privateWriting;
}

/** Who this screen is when it comes to restoring a deleted note (`mayRestore` in shared). */
export function restorerFor(role: Role, participantId: string | null): Restorer {
  return { facilitator: isFacilitator(role), participantId };
}

/**
 * Viewers only watch. A lock stops participants' edits, never the facilitator's, and holds
 * everyone's votes as they are. Review is a read-only ranking, so nobody drags there; votes
 * are placed in the Vote phase only.
 */
export function permissionsFor(
  role: Role,
  control: Pick<ControlState, "locked" | "phase">,
): Permissions {
  const facilitate = isFacilitator(role);
  const edit = readOnlyReason(role, control) === null;
  return {
    edit,
    drag: edit && control.phase !== "review",
    vote: votingClosedReason(role, control) === null,
    facilitate,
    rename: facilitate,
    takePart: role !== "viewer",
  };
}
