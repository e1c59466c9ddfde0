import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { isValidBoardId } from "@roundtable/shared";
import type { WebSocketServer } from "ws";
import type { Limits } from "../limits";
import type { Logger } from "../log";
import type { Storage } from "../storage/storage";
import type { Rooms } from "./rooms";

type UpgradeDeps = {
  wss: WebSocketServer;
  rooms: Rooms;
  storage: Storage;
  limits: Limits;
  log: Logger;
  allowedOrigins: string[];
};

const statusText: Record<number, string> = {
  400: "Bad Request",
  403: "Forbidden",
  404: "Not Found",
  503: "Service Unavailable",
};

/** Answers a refused upgrade with a plain HTTP status, before any websocket exists. */
function refuse(socket: Duplex, status: number, message: string): void {
  const body = `${message}\n`;
  socket.end(
    `HTTP/1.1 ${status} ${statusText[status]}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/** The board id from a raw `/ws/:boardId` path, judged before the URL is normalised. */
export function boardIdFromPath(
  rawUrl: string,
): { id: string } | { status: number; message: string } {
  const pathname = rawUrl.split("?")[0] ?? "";
  if (!pathname.startsWith("/ws/")) return { status: 404, message: "not a websocket endpoint" };
  const segments = pathname.slice("/ws/".length).split("/");
  // `/ws/../x` or `/ws/a/b`: a board id never holds a slash, so this is a malformed id.
  if (segments.length !== 1) return { status: 400, message: "malformed board id" };
  let id: string;
  try {
    id = decodeURIComponent(segments[0] ?? "");
  } catch {
    return { status: 400, message: "malformed board id" };
  }
  return isValidBoardId(id) ? { id } : { status: 400, message: "malformed board id" };
}

/** A browser may only open a websocket from the server's own pages or a listed origin. */
function originAllowed(req: IncomingMessage, allowedOrigins: string[]): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function refusalFor(
  req: IncomingMessage,
  boardId: string,
  deps: UpgradeDeps,
): { status: number; message: string } | null {
  if (!originAllowed(req, deps.allowedOrigins)) {
    deps.log.warn({ origin: req.headers.origin }, "websocket from a foreign origin refused");
    return { status: 403, message: "origin not allowed" };
  }
  if (!deps.storage.getBoard(boardId)) return { status: 404, message: "unknown board" };
  if (deps.rooms.connectionCount(boardId) >= deps.limits.maxConnectionsPerBoard) {
    return { status: 503, message: "board has too many connections, try again later" };
  }
  return null;
}

export function createUpgradeHandler(deps: UpgradeDeps) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on("error", () => socket.destroy());
    const target = boardIdFromPath(req.url ?? "");
    const refusal = "status" in target ? target : refusalFor(req, target.id, deps);
    if (refusal) {
      refuse(socket, refusal.status, refusal.message);
      return;
    }
    deps.wss.handleUpgrade(req, socket, head, (ws) => {
      deps.rooms.join((target as { id: string }).id, ws);
    });
  };
}
