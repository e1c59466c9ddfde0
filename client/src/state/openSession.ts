import { controlDocName } from "@roundtable/shared";
import { type ConnectionParams, connectDoc } from "../sync/connection";
import { openDrafts } from "../sync/drafts";
import type { Registration } from "../sync/participants";
import { setPresence } from "../sync/presence";
import { isStaleToken } from "../sync/refusals";
import { createUndo } from "../sync/undo";
import { bindBoard } from "./bindBoard";
import { bindControl } from "./bindControl";
import { bindVotes } from "./bindVotes";
import { changeName } from "./changeName";
import { useControlStore } from "./controlStore";
import { colorFor, type Identity } from "./identity";
import { roleOnBoard } from "./permissions";
import { publishWhenRevealed } from "./publishing";
import { forgetRegistration, keepRegistering, savedRegistration } from "./registration";
import { resumeWhenUnlocked } from "./resumeBoard";
import { clearSession, type Session, setCurrentSession } from "./session";
import { initialVotesStore, useVotesStore } from "./votesStore";

function paramsFor(registration: Registration | null, key: string | null): ConnectionParams {
  return {
    ...(registration && { token: registration.token }),
    ...(key && { key }),
  };
}

/**
 * Opens a board for a participant, or for the facilitator when `facilitatorKey` is given: the
 * board (kept in this browser), the private drafts, the control document and, once registered,
 * one's votes. Registration happens in the background; until it works (offline), notes are
 * written under the local id. Returns the close.
 */
export function openBoardSession(
  boardId: string,
  person: Identity,
  facilitatorKey: string | null,
): () => void {
  const registration = savedRegistration(boardId);
  const withId = (id: string): Identity => ({ ...person, id, color: colorFor(id) });
  const identity = registration ? withId(registration.participantId) : person;
  const params = paramsFor(registration, facilitatorKey);
  const board = connectDoc({
    room: boardId,
    params,
    persistAs: `roundtable-board-${boardId}`,
    unsavedKey: `roundtable:unsaved:${boardId}`,
  });
  const drafts = openDrafts(boardId, board.doc);
  const undo = createUndo([board.doc, drafts.doc]);
  const resume = resumeWhenUnlocked(board);
  const control = bindControl({
    boardId,
    room: controlDocName(boardId),
    params,
    role: roleOnBoard(facilitatorKey),
    participantId: identity.id,
    onChange: resume.onControl,
  });
  const session: Session = { boardId, board, drafts, undo, identity, control, votes: null };
  setCurrentSession(session);
  setPresence(board.awareness, { ...identity, editing: null, dragging: null });

  const registered = (next: Registration) => {
    const nextParams = paramsFor(next, facilitatorKey);
    board.setParams(nextParams);
    control.setParams(nextParams);
    // A connection refused for want of the token tries again at once.
    control.current().retryNow();
    board.retryNow();
    session.identity = withId(next.participantId);
    setPresence(board.awareness, { id: session.identity.id, color: session.identity.color });
    useControlStore.setState({ participantId: next.participantId });
    session.votes = bindVotes(boardId, next.participantId, next.token);
    // A name changed before the registration got through goes to the roster now.
    if (session.identity.name !== person.name) void changeName(session.identity.name);
  };
  let stopRegistering = registration
    ? () => undefined
    : keepRegistering(boardId, person.name, person.id, registered);
  // A token the server does not know (its records were reset): join again, then reconnect.
  let handledRefusal: unknown = null;
  const stopWatchingToken = board.subscribe(() => {
    const refusal = board.lastRefusal();
    if (refusal === handledRefusal || !isStaleToken(refusal)) return;
    handledRefusal = refusal;
    forgetRegistration(boardId);
    stopRegistering();
    stopRegistering = keepRegistering(boardId, person.name, person.id, registered);
  });
  if (registration)
    session.votes = bindVotes(boardId, registration.participantId, registration.token);

  const unbind = bindBoard(board, drafts, undo);
  const stopPublishing = publishWhenRevealed(session);
  return () => {
    stopWatchingToken();
    stopRegistering();
    stopPublishing();
    resume.stop();
    unbind();
    session.votes?.destroy();
    useVotesStore.setState(initialVotesStore, true);
    control.destroy();
    undo.destroy();
    drafts.destroy();
    board.destroy();
    clearSession(session);
  };
}

/**
 * Opens a board read-only through its viewer link: board and control come from the viewer
 * rooms, nothing is kept in this browser, nobody is announced as present. Returns the close.
 */
export function openViewSession(viewToken: string): () => void {
  const room = `view/${viewToken}`;
  const board = connectDoc({ room, persistAs: null });
  // Watching is not being there: a viewer shares no presence.
  board.awareness.setLocalState(null);
  const undo = createUndo([board.doc]);
  const control = bindControl({
    boardId: null,
    room: `${room}/control`,
    params: {},
    role: "viewer",
    participantId: null,
    onChange: () => undefined,
  });
  const session: Session = {
    boardId: null,
    viewToken,
    board,
    drafts: null,
    undo,
    identity: null,
    control,
    votes: null,
  };
  setCurrentSession(session);
  const unbind = bindBoard(board, null, undo);
  return () => {
    unbind();
    control.destroy();
    undo.destroy();
    board.destroy();
    clearSession(session);
  };
}
