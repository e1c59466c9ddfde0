import type { DocConnection } from "../sync/connection";
import type { Drafts } from "../sync/drafts";
import type { ResettableConnection } from "../sync/resettable";
import type { Undo } from "../sync/undo";
import type { Identity } from "./identity";

/** Everything this page has open for one board; actions reach the documents through it. */
export type Session = {
  /** Null on a viewer's page, which never learns the board id. */
  boardId: string | null;
  /** The view link's token on a viewer's page, which reads (and exports) through it. */
  viewToken?: string;
  board: DocConnection;
  /** Notes written while writing is private; null for viewers. */
  drafts: Drafts | null;
  undo: Undo;
  /** Who writes; null for viewers. Its id becomes the registered participant id. */
  identity: Identity | null;
  control: ResettableConnection;
  /** One's votes, once registered with the board (the room needs the token). */
  votes: ResettableConnection | null;
};

let current: Session | null = null;

/** The session this page has open, for actions; null before joining. */
export function currentSession(): Session | null {
  return current;
}

export function setCurrentSession(session: Session | null): void {
  current = session;
}

/** Ends `session` if it is still the current one. */
export function clearSession(session: Session): void {
  if (current === session) current = null;
}
