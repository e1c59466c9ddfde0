import { reconnectDelay } from "../sync/backoff";
import { type RegisterResult, type Registration, registerParticipant } from "../sync/participants";

const key = (boardId: string) => `roundtable:registration:${boardId}`;

/** The id and token this browser holds for a board, if it registered before. */
export function savedRegistration(boardId: string): Registration | null {
  try {
    const value = JSON.parse(localStorage.getItem(key(boardId)) ?? "null") as unknown;
    if (typeof value !== "object" || value === null) return null;
    const { participantId, token } = value as Record<string, unknown>;
    return typeof participantId === "string" && typeof token === "string"
      ? { participantId, token }
      : null;
  } catch {
    return null;
  }
}

/** Forgets a registration the server no longer knows, so the next visit registers again. */
export function forgetRegistration(boardId: string): void {
  localStorage.removeItem(key(boardId));
}

function save(boardId: string, registration: Registration): void {
  localStorage.setItem(key(boardId), JSON.stringify(registration));
}

const inFlight = new Map<string, Promise<RegisterResult>>();

/**
 * One registration per board at a time, saved as soon as it succeeds: a page that closes and
 * opens again meanwhile (React's development mode does) waits for the same answer instead of
 * registering twice, which would be answered 409 and hand out a second id.
 */
function register(boardId: string, name: string, proposedId: string): Promise<RegisterResult> {
  const pending = inFlight.get(boardId);
  if (pending) return pending;
  const request = registerParticipant(boardId, name, proposedId).then((result) => {
    if (result.kind === "registered") save(boardId, result.registration);
    return result;
  });
  inFlight.set(boardId, request);
  void request.finally(() => inFlight.delete(boardId));
  return request;
}

/**
 * Registers this person with the board, proposing the id they already write with, and calls
 * `onRegistered` once it worked. Without network it tries again when the browser is back online
 * and every few seconds meanwhile; nothing stops in the meantime (notes are written under the
 * local id). A refusal (unknown board, bad name) ends the attempts quietly. Returns the stop.
 */
export function keepRegistering(
  boardId: string,
  name: string,
  proposedId: string,
  onRegistered: (registration: Registration) => void,
): () => void {
  let stopped = false;
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting = false;

  async function attempt() {
    if (stopped || waiting) return;
    waiting = true;
    clearTimeout(timer);
    const result = await register(boardId, name, proposedId);
    waiting = false;
    if (stopped) return;
    if (result.kind === "registered") {
      stop();
      onRegistered(result.registration);
    } else if (result.kind === "unreachable") {
      timer = setTimeout(attempt, reconnectDelay(attempts++, Math.random, 2000, 30_000));
    } else {
      console.warn(`Roundtable: could not register with the board (${result.message})`);
      stop();
    }
  }

  const onOnline = () => void attempt();
  function stop() {
    stopped = true;
    clearTimeout(timer);
    window.removeEventListener("online", onOnline);
  }

  window.addEventListener("online", onOnline);
  void attempt();
  return stop;
}
