import {
  type Phase,
  setLocked as setLockedOp,
  setPhase as setPhaseOp,
  setPrivateWriting as setPrivateWritingOp,
  setVoteSettings as setVoteSettingsOp,
  setVotesRevealed as setVotesRevealedOp,
  startTimer as startTimerOp,
  stopTimer as stopTimerOp,
  type VoteSettings,
} from "@roundtable/shared";
import { t } from "../i18n/i18n";
import { controlSynced } from "./bindControl";
import { serverNow, useControlStore } from "./controlStore";
import { isFacilitator } from "./permissions";
import type { Session } from "./session";
import { notify, run } from "./write";

type ControlDoc = ReturnType<Session["control"]["current"]>["doc"];

/**
 * Runs a facilitator's change on the control document. Anyone else gets a notice (the server
 * would refuse it anyway), and so does a facilitator whose control document has not arrived
 * from the server yet in this visit, since a change made on a guess could undo a newer one.
 */
function control(change: (doc: ControlDoc) => void): void {
  if (!isFacilitator(useControlStore.getState().role)) {
    notify(t("state:permission.facilitatorOnly"));
    return;
  }
  if (!controlSynced()) {
    notify(t("state:permission.controlsNotConnected"));
    return;
  }
  run((session) => change(session.control.current().doc));
}

export function setPhase(phase: Phase): void {
  control((doc) => setPhaseOp(doc, phase));
}

export function setLocked(locked: boolean): void {
  control((doc) => setLockedOp(doc, locked));
}

/** Turning it off is the reveal: everyone's private notes go on the board. */
export function setPrivateWriting(on: boolean): void {
  control((doc) => setPrivateWritingOp(doc, on));
}

/** A countdown of `minutes` in the server's clock, so every laptop shows the same time. */
export function startTimer(minutes: number, chime: boolean): void {
  control((doc) => startTimerOp(doc, minutes, serverNow(), chime));
}

export function stopTimer(): void {
  control((doc) => stopTimerOp(doc));
}

export function setVoteSettings(settings: Partial<VoteSettings>): void {
  control((doc) => setVoteSettingsOp(doc, settings));
}

/** Shows everyone's vote totals (the server adds them up) or hides them again. */
export function setVotesRevealed(revealed: boolean): void {
  control((doc) => setVotesRevealedOp(doc, revealed));
}
