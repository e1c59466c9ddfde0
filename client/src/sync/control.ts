import { type ControlState, isPhase, readControl, readVotes } from "@roundtable/shared";
import * as Y from "yjs";
import type { DocConnection } from "./connection";

/** Calls `listener` with the control state now and after every change. */
export function watchControl(doc: Y.Doc, listener: (control: ControlState) => void): () => void {
  const changed = () => listener(readControl(doc));
  doc.on("afterTransaction", changed);
  changed();
  return () => doc.off("afterTransaction", changed);
}

/**
 * Calls `handlers.control` with the control state once the document has come from the server
 * (an empty document before the first sync says nothing) and after every change from then on;
 * `handlers.connected` on every (re)connection.
 */
export function watchSyncedControl(
  connection: DocConnection,
  handlers: { control(control: ControlState): void; connected?(): void },
): () => void {
  let synced = false;
  let online = false;
  let latest: ControlState | null = null;
  const stopWatching = watchControl(connection.doc, (control) => {
    latest = control;
    if (synced) handlers.control(control);
  });
  const stopStatus = connection.subscribe((state) => {
    const now = state.status === "connected";
    if (now && !online) {
      handlers.connected?.();
      if (!synced && latest) {
        synced = true;
        handlers.control(latest);
      }
    }
    online = now;
  });
  return () => {
    stopWatching();
    stopStatus();
  };
}

/** Calls `listener` with one's own votes (item id → count) now and after every change. */
export function watchVotes(
  doc: Y.Doc,
  listener: (votes: Record<string, number>) => void,
): () => void {
  const changed = () => listener(Object.fromEntries(readVotes(doc)));
  doc.on("afterTransaction", changed);
  changed();
  return () => doc.off("afterTransaction", changed);
}

/** The control state of a board whose facilitator has set nothing yet. */
export function defaultControl(): ControlState {
  return readControl(new Y.Doc());
}

const cacheKey = (boardId: string) => `roundtable:control:${boardId}`;

/** Keeps the last control state seen, so a reload while offline knows the phase and the lock. */
export function cacheControl(boardId: string, control: ControlState): void {
  try {
    localStorage.setItem(cacheKey(boardId), JSON.stringify(control));
  } catch {
    // Storage full or disabled: the cache is a convenience, the server is the truth.
  }
}

/** The cached control state, or null when there is none or it does not look like one. */
export function cachedControl(boardId: string): ControlState | null {
  try {
    const value = JSON.parse(localStorage.getItem(cacheKey(boardId)) ?? "null") as unknown;
    // A copy kept before voting progress was published has none: nobody has voted as far as
    // it knows, until the server answers.
    if (isRecord(value) && value.voting === undefined) value.voting = {};
    return isControlState(value) ? value : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

export function isControlState(value: unknown): value is ControlState {
  if (!isRecord(value) || !isRecord(value.votes) || !isRecord(value.people)) return false;
  if (!isRecord(value.voting)) return false;
  const { timer, totals } = value;
  return (
    isPhase(value.phase) &&
    typeof value.locked === "boolean" &&
    typeof value.privateWriting === "boolean" &&
    (timer === null || (isRecord(timer) && typeof timer.endsAt === "number")) &&
    typeof value.votes.budget === "number" &&
    typeof value.votes.perLane === "boolean" &&
    typeof value.votes.revealed === "boolean" &&
    (totals === null || isRecord(totals))
  );
}
