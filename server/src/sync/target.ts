import { isValidBoardId, isValidRecordId } from "@roundtable/shared";

/** Which of a board's documents a websocket asks for. */
export type DocKind = "board" | "control" | "votes";

/** A websocket path as asked, judged before any storage is touched. */
export type WsTarget =
  | { by: "board"; boardId: string; kind: DocKind; participantId: string | null }
  | { by: "view"; viewToken: string; kind: "board" | "control" };

/**
 * Why an upgrade is refused. `credentials` marks a wrong key or token: that refusal is said as a
 * close code after the upgrade, because a browser never sees an upgrade's HTTP status and would
 * only keep retrying; with the code it can explain, or join again.
 */
export type PathRefusal = { status: number; message: string; credentials?: true };

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Reads a raw websocket path:
 * - `/ws/:boardId` (the board), `/ws/:boardId/control`, `/ws/:boardId/votes/:participantId`;
 * - `/ws/view/:viewToken` and `/ws/view/:viewToken/control` (read-only, without the board id).
 * "view" is too short to be a board id, so the two families never collide.
 */
export function parseWsPath(rawUrl: string): WsTarget | PathRefusal {
  const pathname = rawUrl.split("?")[0] ?? "";
  if (!pathname.startsWith("/ws/")) return { status: 404, message: "not a websocket endpoint" };
  const segments = pathname.slice("/ws/".length).split("/").map(decode);
  if (segments.some((segment) => segment === null)) return malformedId;
  const [first, second, third, ...rest] = segments as string[];
  if (first === "view") {
    if (!isValidBoardId(second) || rest.length > 0) return malformedView;
    if (third === undefined) return { by: "view", viewToken: second, kind: "board" };
    if (third === "control") return { by: "view", viewToken: second, kind: "control" };
    return malformedView;
  }
  if (!isValidBoardId(first)) return malformedId;
  if (second === undefined)
    return { by: "board", boardId: first, kind: "board", participantId: null };
  if (second === "control" && third === undefined) {
    return { by: "board", boardId: first, kind: "control", participantId: null };
  }
  if (second === "votes" && rest.length === 0) {
    if (!isValidRecordId(third)) return { status: 400, message: "malformed participant id" };
    return { by: "board", boardId: first, kind: "votes", participantId: third };
  }
  // `/ws/a/b`: a board id never holds a slash, and a board has no such document.
  return malformedId;
}

const malformedId: PathRefusal = { status: 400, message: "malformed board id" };
const malformedView: PathRefusal = { status: 400, message: "malformed view token" };

/** The credentials a websocket may carry in its query: `key` (facilitator), `token` (participant). */
export function credentialsFrom(rawUrl: string): { key: string | null; token: string | null } {
  const query = rawUrl.includes("?") ? rawUrl.slice(rawUrl.indexOf("?") + 1) : "";
  const params = new URLSearchParams(query);
  return { key: params.get("key") || null, token: params.get("token") || null };
}
