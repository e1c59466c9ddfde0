import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocketServer } from "ws";
import type { Limits } from "../limits";
import type { Logger } from "../log";
import type { HostCheck } from "../security/hostCheck";
import { originAllowed } from "../security/origins";
import { messageOf, StorageReadFailed } from "../storage/faults";
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
  allowedOrigins: readonly string[];
  hostAllowed: HostCheck;
  /** True once the server is shutting down: new connections are refused. */
  closing: () => boolean;
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

/** Who the upgrade is for and what it may open, or why it is refused. */
function accessFor(req: IncomingMessage, deps: UpgradeDeps): Access | PathRefusal {
  if (deps.closing()) return { status: 503, message: "server restarting, reconnect shortly" };
  if (!deps.hostAllowed(req.headers.host)) {
    deps.log.warn("websocket for a foreign host name refused");
    return { status: 403, message: "host not allowed; add it to ALLOWED_HOSTS" };
  }
  const rawUrl = req.url ?? "";
  const target = parseWsPath(rawUrl);
  if ("status" in target) return target;
  if (!originAllowed(req.headers.origin, req.headers.host, deps.allowedOrigins)) {
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

/**
 * Nothing thrown here may escape: an exception in an `upgrade` listener ends the process. A
 * failing storage answers 503 before the upgrade, or closes the new websocket with 4500.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    socket.on("error", () => socket.destroy());
    let access: Access | PathRefusal;
    try {
      access = accessFor(req, deps);
    } catch (error) {
      deps.log.error({ err: messageOf(error) }, "storage failed during a websocket upgrade");
      refuse(socket, 503, "storage unavailable, try again later");
      return;
    }
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
      if (deps.closing()) {
        ws.close(closeCode.serviceRestart, "server restarting, reconnect shortly");
        return;
      }
      try {
        deps.rooms.join(access, ws, req.socket.remoteAddress);
      } catch (error) {
        // Logged where the read failed; the board was not loaded and nothing was written.
        if (!(error instanceof StorageReadFailed)) {
          deps.log.error({ err: messageOf(error) }, "joining a board failed");
        }
        ws.close(closeCode.storageUnavailable, "storage unavailable, try again later");
      }
    });
  };
}
