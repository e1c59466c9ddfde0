import { controlDocName, votesDocName } from "@roundtable/shared";
import { keyMatches } from "../auth";
import { participantFromToken } from "../participants";
import type { Storage } from "../storage/storage";
import type { DocKind, PathRefusal, WsTarget } from "./target";

export type Role = "facilitator" | "participant" | "viewer";

/**
 * What one connection may do, decided by the server when it opens: which document of which
 * board, as whom. The client's own claims never widen it.
 */
export type Access = {
  boardId: string;
  docName: string;
  kind: DocKind;
  role: Role;
  /** The participant the connection's token names; null for anonymous and viewers. */
  participantId: string | null;
};

function viewerAccess(
  storage: Storage,
  viewToken: string,
  kind: "board" | "control",
): Access | PathRefusal {
  const board = storage.getBoardByViewToken(viewToken);
  if (!board) return { status: 404, message: "unknown board or view link" };
  const docName = kind === "control" ? controlDocName(board.id) : board.id;
  return { boardId: board.id, docName, kind, role: "viewer", participantId: null };
}

/** Resolves a parsed websocket path and its credentials into an access, or a refusal. */
export function resolveAccess(
  target: WsTarget,
  credentials: { key: string | null; token: string | null },
  storage: Storage,
): Access | PathRefusal {
  if (target.by === "view") return viewerAccess(storage, target.viewToken, target.kind);
  const board = storage.getBoard(target.boardId);
  if (!board) {
    // A stock client given only the view token uses it as the room name: it reads, never writes.
    if (target.kind !== "votes") return viewerAccess(storage, target.boardId, target.kind);
    return { status: 404, message: "unknown board" };
  }
  if (credentials.key !== null && !keyMatches(credentials.key, board.facilitatorKeyHash)) {
    return { status: 403, message: "wrong facilitator key", credentials: true };
  }
  let participantId: string | null = null;
  if (credentials.token !== null) {
    const participant = participantFromToken(storage, board.id, credentials.token);
    if (!participant) {
      return { status: 403, message: "unknown participant token", credentials: true };
    }
    participantId = participant.id;
  }
  const role: Role = credentials.key !== null ? "facilitator" : "participant";
  if (target.kind === "votes") {
    if (participantId === null || participantId !== target.participantId) {
      return {
        status: 403,
        message: "votes can only be opened with their participant's token",
        credentials: true,
      };
    }
    return {
      boardId: board.id,
      docName: votesDocName(board.id, participantId),
      kind: "votes",
      role,
      participantId,
    };
  }
  const docName = target.kind === "control" ? controlDocName(board.id) : board.id;
  return { boardId: board.id, docName, kind: target.kind, role, participantId };
}
