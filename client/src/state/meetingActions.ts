import {
  isBoardOpError,
  PHASE_NAMES,
  type Phase,
  setLocked,
  setPhase,
  startTimer,
  stopTimer,
} from "@roundtable/shared";
import type { GroupDocs } from "../sync/groupDocs";
import { meetingServerNow, useMeetingStore } from "./meetingStore";
import { openGroups } from "./openMeeting";

type ControlChange = Parameters<GroupDocs["changeControl"]>[0];

function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** What a change for all groups did: "Locked: all 3 groups.", or which ones it missed. */
export function outcomeText(done: string, total: number, missed: readonly string[]): string {
  if (missed.length === 0) return `${done}: ${total === 1 ? "the group" : `all ${total} groups`}.`;
  const verb = missed.length === 1 ? "is" : "are";
  return `${done}: ${total - missed.length} of ${total} groups. ${listed(missed)} ${verb} not connected yet; try again in a moment.`;
}

/**
 * Makes one change on every group's control document, each through its own connection with the
 * facilitator's key, and says how it went. A group whose control document has not arrived yet
 * is left out and named.
 */
function forAllGroups(done: string, change: ControlChange): void {
  const groups = openGroups();
  const missed: string[] = [];
  try {
    for (const group of groups) if (!group.docs.changeControl(change)) missed.push(group.name);
  } catch (error) {
    const message = isBoardOpError(error) ? error.message : String(error);
    useMeetingStore.setState({ outcome: `That did not work: ${message}` });
    return;
  }
  useMeetingStore.setState({ outcome: outcomeText(done, groups.length, missed) });
}

export function setPhaseForAll(phase: Phase): void {
  forAllGroups(`Set to ${PHASE_NAMES[phase]}`, (doc) => setPhase(doc, phase));
}

export function setLockedForAll(locked: boolean): void {
  forAllGroups(locked ? "Locked" : "Unlocked", (doc) => setLocked(doc, locked));
}

/** One countdown for every group, ending at the same moment in the server's clock. */
export function startTimerForAll(minutes: number, chime: boolean): void {
  const now = meetingServerNow();
  forAllGroups(`Timer of ${minutes} min started`, (doc) => startTimer(doc, minutes, now, chime));
}

export function stopAllTimers(): void {
  forAllGroups("Timers stopped", (doc) => stopTimer(doc));
}
