import type { Phase, Timer } from "@roundtable/shared";
import { create } from "zustand";
import type { ConnectionStatus } from "../sync/connection";
import type { BoardGlimpse } from "./groupSummary";

/** One group as the meeting page follows it live: settings and counts, not its documents. */
export type GroupLive = BoardGlimpse & {
  /** The worse of the board's and the control document's connections. */
  status: ConnectionStatus;
  /** Why the server refused this page's connection, if it did (e.g. a wrong key). */
  refusal: string | null;
  /** False until the group's control document has come from the server. */
  ready: boolean;
  phase: Phase;
  locked: boolean;
  timer: Timer | null;
  /** Names of the people who joined, by participant id. */
  roster: Readonly<Record<string, string>>;
  /** Who has the board open now. */
  present: { id: string; name: string }[];
};

export type MeetingStore = {
  /** Groups by board id. */
  groups: Record<string, GroupLive>;
  /** The server's clock minus this laptop's, in ms, for timers every laptop agrees on. */
  serverOffsetMs: number;
  /** What the last change for all groups did, or why it did not. */
  outcome: string;
};

export const initialGroup: GroupLive = {
  lanes: [],
  total: 0,
  byAuthor: {},
  latest: [],
  status: "connecting",
  refusal: null,
  ready: false,
  phase: "write",
  locked: false,
  timer: null,
  roster: {},
  present: [],
};

export const initialMeetingStore: MeetingStore = { groups: {}, serverOffsetMs: 0, outcome: "" };

/** The meeting page's store: select one group, e.g. `useMeetingStore((s) => s.groups[id])`. */
export const useMeetingStore = create<MeetingStore>(() => initialMeetingStore);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merges `change` into a group; the group stays the same object when nothing changed, so a
 * card re-renders only when what it shows does.
 */
export function updateGroup(boardId: string, change: Partial<GroupLive>): void {
  useMeetingStore.setState((state) => {
    const before = state.groups[boardId] ?? initialGroup;
    const after = { ...before, ...change };
    if (state.groups[boardId] && same(before, after)) return state;
    return { groups: { ...state.groups, [boardId]: after } };
  });
}

/** The server's clock now (ms), as the meeting page measured it. */
export function meetingServerNow(): number {
  return Date.now() + useMeetingStore.getState().serverOffsetMs;
}
