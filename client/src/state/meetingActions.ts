import {
  isBoardOpError,
  type Phase,
  setLocked,
  setPhase,
  startTimer,
  stopTimer,
} from "@roundtable/shared";
import { t } from "../i18n/i18n";
import type { GroupDocs } from "../sync/groupDocs";
import { meetingServerNow, useMeetingStore } from "./meetingStore";
import { openGroups } from "./openMeeting";

type ControlChange = Parameters<GroupDocs["changeControl"]>[0];

/** "A, B and C", with the catalogue's last joint (English writes no comma before "and"). */
function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return t("state:meeting.namesAnd", {
    rest: names.slice(0, -1).join(", "),
    last: names[names.length - 1],
  });
}

/** What a change for all groups did: "Locked: all 3 groups.", or which ones it missed. */
export function outcomeText(done: string, total: number, missed: readonly string[]): string {
  if (missed.length === 0) return t("state:meeting.outcomeAll", { done, count: total });
  return t("state:meeting.outcomeMissed", {
    done,
    count: missed.length,
    reached: total - missed.length,
    total,
    names: listed(missed),
  });
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
    useMeetingStore.setState({ outcome: t("state:error.didNotWork", { message }) });
    return;
  }
  useMeetingStore.setState({ outcome: outcomeText(done, groups.length, missed) });
}

export function setPhaseForAll(phase: Phase): void {
  const name = t(`common:phase.${phase}`);
  forAllGroups(t("state:meeting.setPhase", { phase: name }), (doc) => setPhase(doc, phase));
}

export function setLockedForAll(locked: boolean): void {
  const done = locked ? t("state:meeting.locked") : t("state:meeting.unlocked");
  forAllGroups(done, (doc) => setLocked(doc, locked));
}

/** One countdown for every group, ending at the same moment in the server's clock. */
export function startTimerForAll(minutes: number, chime: boolean): void {
  const now = meetingServerNow();
  forAllGroups(t("state:meeting.timerStarted", { minutes }), (doc) =>
    startTimer(doc, minutes, now, chime),
  );
}

export function stopAllTimers(): void {
  forAllGroups(t("state:meeting.timersStopped"), (doc) => stopTimer(doc));
}
