import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocketServer } from "ws";
import type { Limits } from "../limits";
import type { Logger } from "../log";
import type { Storage } from "../storage/storage";
import { type Access, resolveAccess } from "./access";
import { closeCode } from "./protocol";
import type { Rooms } from "./rooms";
import { credentialsFrom, type PathRefusal, parseWsPath } from "./target";

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

/** Who the upgrade is for and what it may open, or why it is refused. */
function accessFor(req: IncomingMessage, deps: UpgradeDeps): Access | PathRefusal {
  const rawUrl = req.url ?? "";
  const target = parseWsPath(rawUrl);
  if ("status" in target) return target;
  if (!originAllowed(req, deps.allowedOrigins)) {
    deps.log.warn({ origin: req.headers.origin }, "websocket from a foreign origin refused");
    return { status: 403, message: "origin not allowed" };
  }
  const access = resolveAccess(target, credentialsFrom(rawUrl), deps.storage);
  if ("status" in access) return access;
  if (deps.rooms.connectionCount(access.docName) >= deps.limits.maxConnectionsPerBoard) {
    return { status: 503, message: "board has too many connections, try again later" };
  }
  return access;
}

export function createUpgradeHandler(deps: UpgradeDeps) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on("error", () => socket.destroy());
    const access = accessFor(req, deps);
    if ("status" in access && access.credentials) {
      deps.wss.handleUpgrade(req, socket, head, (ws) => {
        ws.close(closeCode.unauthorized, access.message);
      });
      return;
    }
    if ("status" in access) {
      refuse(socket, access.status, access.message);
      return;
    }
    deps.wss.handleUpgrade(req, socket, head, (ws) => {
      deps.rooms.join(access, ws, req.socket.remoteAddress);
    });
  };
}
