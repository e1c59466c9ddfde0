import * as Y from "yjs";
import type { DamagedPiece, StorageFaults } from "./faults";

/**
 * What the server needs from storage. SQLite implements it today; another database
 * (PostgreSQL for several server processes) only has to implement these methods.
 */
export type BoardRecord = {
  id: string;
  title: string;
  createdAt: number;
  /** SHA-256 of the facilitator key: the key itself is never stored. */
  facilitatorKeyHash: string;
  /** Read-only access for projectors and guests without revealing the board id. */
  viewToken: string;
  /**
   * The short code people type to join (upper case, no separators). A meeting's group board has
   * its group's code; codes are unique across all boards.
   */
  joinCode: string;
};

/** A person who joined a board: the id they write notes and votes as, and their token's hash. */
export type ParticipantRecord = {
  boardId: string;
  id: string;
  name: string;
  /** SHA-256 of the token the server issued; the token itself is never stored. */
  tokenHash: string;
  createdAt: number;
};

/** A named, frozen copy of a board's export, taken by the facilitator. */
export type SnapshotRecord = {
  /** Unguessable: the snapshot's link is its id. */
  id: string;
  boardId: string;
  name: string;
  createdAt: number;
  /** The snapshot as JSON text (the JSON export's shape). */
  data: string;
};

/** A lane of a meeting's template: every group board gets these titles. */
export type TemplateLane = { id: string; title: string; subtitle: string };

/** What every group board of a meeting starts from, and what a template change reaches. */
export type MeetingTemplate = {
  lanes: TemplateLane[];
  votes: { budget: number; perLane: boolean };
};

/** One session of a meeting's agenda: a group's slot, times as the facilitator wrote them. */
export type AgendaSession = { group: string; title: string; start: string; end: string };

/** Several group boards run by one facilitator, whose key is every group board's key. */
export type MeetingRecord = {
  id: string;
  title: string;
  createdAt: number;
  /** SHA-256 of the facilitator key, as for a board. */
  facilitatorKeyHash: string;
  agenda: AgendaSession[];
  template: MeetingTemplate;
};

/** A group of a meeting: its board and the short code people type to join it. */
export type MeetingGroupRecord = {
  meetingId: string;
  /** The group's place in the meeting, from 0. */
  position: number;
  name: string;
  boardId: string;
  joinCode: string;
};

/** A group board to create along with its meeting. */
export type NewGroupBoard = {
  group: MeetingGroupRecord;
  board: BoardRecord;
  initialState: Uint8Array;
};

export type StoredDoc = {
  /** The compacted state, or null when the document has only updates. */
  snapshot: Uint8Array | null;
  /** Updates appended since the snapshot, oldest first. */
  updates: Uint8Array[];
  /** Bytes held for this document: snapshot plus updates. */
  bytes: number;
  /** The row id of each of `updates`, in the same order. */
  updateSeqs?: number[];
  /** Whether `snapshot` was checked against a checksum stored with it (rows from before checksums were not). */
  snapshotVerified?: boolean;
  /** Rows found damaged on reading: left out of `snapshot` and `updates`. */
  damaged?: DamagedPiece[];
};

/**
 * `ok` is false while storage does not answer (`error`) or since a write failed
 * (`lastWriteError`, at `at` ms), until a write succeeds.
 */
export type StorageHealth = { ok: boolean; error?: string; lastWriteError?: string; at?: number };

/**
 * The whole stored state as one update (snapshot and tail merged), or null when empty. A
 * piece that does not decode (damaged on disk) is left out rather than costing the rest.
 */
export function mergedState(stored: StoredDoc): Uint8Array | null {
  const pieces = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  if (pieces.length <= 1) return pieces[0] ?? null;
  try {
    return Y.mergeUpdates(pieces);
  } catch {
    const sound = pieces.filter(decodes);
    return sound.length === 0 ? null : Y.mergeUpdates(sound);
  }
}

/** Reads a stored document into a scratch Y.Doc, dropped after `read`. */
export function readStoredDoc<T>(storage: Storage, name: string, read: (doc: Y.Doc) => T): T {
  const doc = new Y.Doc();
  try {
    const state = mergedState(storage.loadDoc(name));
    if (state) Y.applyUpdate(doc, state);
    return read(doc);
  } finally {
    doc.destroy();
  }
}

function decodes(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

export interface Storage {
  readonly kind: string;
  /** Stores a board; throws JoinCodeTaken when its join code is in use, and stores nothing. */
  createBoard(board: BoardRecord, initialState: Uint8Array): void;
  getBoard(id: string): BoardRecord | undefined;
  getBoardByViewToken(viewToken: string): BoardRecord | undefined;
  /** The board a join code belongs to; `code` as stored (upper case, no separators). */
  getBoardByJoinCode(code: string): BoardRecord | undefined;
  /** Registers a participant; false when the board already has one with this id. */
  addParticipant(participant: ParticipantRecord): boolean;
  getParticipant(boardId: string, id: string): ParticipantRecord | undefined;
  /** How many participants the board has registered. */
  countParticipants(boardId: string): number;
  /** Changes a participant's name; false when the board has no participant with this id. */
  renameParticipant(boardId: string, id: string, name: string): boolean;
  /**
   * Stores a meeting with its group boards in one transaction. Throws a JoinCodeTaken error when
   * a join code is already in use (the caller draws new codes and tries again).
   */
  createMeeting(meeting: MeetingRecord, groups: readonly NewGroupBoard[]): void;
  getMeeting(id: string): MeetingRecord | undefined;
  /** A meeting's groups in their order. */
  meetingGroups(meetingId: string): MeetingGroupRecord[];
  /** The group a join code belongs to; `code` as stored (upper case, no separators). */
  groupByJoinCode(code: string): MeetingGroupRecord | undefined;
  setMeetingTemplate(meetingId: string, template: MeetingTemplate): void;
  addSnapshot(snapshot: SnapshotRecord): void;
  getSnapshot(id: string): SnapshotRecord | undefined;
  /** How many snapshots the board has taken at or after `since` (ms; all when absent). */
  countSnapshots(boardId: string, since?: number): number;
  /** A board's snapshots without their data, newest first. */
  listSnapshots(boardId: string): Omit<SnapshotRecord, "data">[];
  /** Names of the stored documents that start with `prefix`. */
  docNamesWithPrefix(prefix: string): string[];
  loadDoc(docName: string): StoredDoc;
  /** Must be durable against a killed process when it returns: callers broadcast after it. */
  /**
   * Appends an update to a document's log. With `waitForLock: false` a database locked by
   * another program answers false at once (nothing stored) instead of waiting for the lock.
   */
  appendUpdate(docName: string, update: Uint8Array, options?: { waitForLock?: boolean }): boolean;
  /** Replaces the snapshot and every appended update with one state, atomically. */
  compactDoc(docName: string, state: Uint8Array): void;
  /**
   * Keeps copies of a document's damaged pieces aside; the rows themselves are left as they
   * are. May throw (the file may be too damaged to take them).
   */
  quarantine(docName: string, pieces: readonly DamagedPiece[]): void;
  /** The last write failure and the documents found damaged. */
  readonly faults: StorageFaults;
  health(): StorageHealth;
  /** Flushes everything to the database file and releases it. */
  close(): Promise<void>;
}

/** A join code collided with one in use; nothing was stored. */
export class JoinCodeTaken extends Error {
  constructor() {
    super("join code already in use");
  }
}
