import { t } from "../i18n/i18n";
import type { ConnectionState, ConnectionStatus } from "../sync/connection";
import { type GroupDocs, openGroupDocs } from "../sync/groupDocs";
import { measureServerOffset } from "../sync/serverClock";
import { glimpseOf } from "./groupSummary";
import { initialMeetingStore, updateGroup, useMeetingStore } from "./meetingStore";
import type { MeetingGroup } from "./meetings";

/** The groups the meeting page has open, for the changes it makes to all of them at once. */
export type OpenGroup = { name: string; boardId: string; docs: GroupDocs };

let open: OpenGroup[] = [];

export function openGroups(): readonly OpenGroup[] {
  return open;
}

const RANK: Record<ConnectionStatus, number> = {
  connected: 0,
  connecting: 1,
  reconnecting: 2,
  offline: 3,
};

/** A group is as connected as the less connected of its two documents. */
function worse(a: ConnectionState, b: ConnectionState): ConnectionStatus {
  return RANK[a.status] >= RANK[b.status] ? a.status : b.status;
}

/**
 * Opens every group's board and control document with the facilitator's key and follows them
 * into the meeting store. Returns the close.
 */
export function openMeeting(groups: readonly MeetingGroup[], key: string): () => void {
  useMeetingStore.setState(initialMeetingStore, true);
  void measureServerOffset().then((offset) => {
    if (offset !== null) useMeetingStore.setState({ serverOffsetMs: offset });
  });
  const opened = groups.map(({ name, boardId }) => {
    updateGroup(boardId, {});
    const docs = openGroupDocs(boardId, key, {
      board: (board) => updateGroup(boardId, glimpseOf(board)),
      control: (control) =>
        updateGroup(boardId, {
          ready: true,
          phase: control.phase,
          locked: control.locked,
          timer: control.timer,
          roster: control.people,
        }),
      online: (present) => updateGroup(boardId, { present }),
      connection: (board, control) =>
        updateGroup(boardId, {
          status: worse(board, control),
          refusal: board.refusal ?? control.refusal,
        }),
      refused: (reason) =>
        useMeetingStore.setState({ outcome: t("state:refused.group", { group: name, reason }) }),
    });
    return { name, boardId, docs };
  });
  open = opened;
  return () => {
    for (const group of opened) group.docs.destroy();
    if (open === opened) open = [];
  };
}
