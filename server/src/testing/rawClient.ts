import { randomBytes } from "node:crypto";
import http from "node:http";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";

export type CloseInfo = { code: number; reason: string };

/** A bare websocket on `/ws/<boardId>` that speaks no protocol of its own: tests send it frames. */
export type RawClient = {
  readonly ws: WebSocket;
  /** Binary frames received so far, in order. */
  readonly frames: Uint8Array[];
  /** Resolves once the upgrade succeeded; rejects when it was refused. */
  readonly opened: Promise<void>;
  /** Resolves with the close code and reason once the socket is gone. */
  readonly closed: Promise<CloseInfo>;
  /** `closed`, but rejects when the socket is still open after `timeoutMs`. */
  closedWithin(timeoutMs?: number): Promise<CloseInfo>;
  isOpen(): boolean;
  send(data: Uint8Array | string): void;
  /** Closes from this side (if still open) and waits for the socket to go. */
  close(): Promise<CloseInfo>;
};

export function connectRaw(
  serverUrl: string,
  boardId: string,
  options: { origin?: string } = {},
): RawClient {
  const url = `${serverUrl.replace(/^http/, "ws")}/ws/${encodeURIComponent(boardId)}`;
  const ws = new WebSocket(url, options.origin === undefined ? {} : { origin: options.origin });
  ws.binaryType = "nodebuffer";
  const frames: Uint8Array[] = [];
  ws.on("message", (data, isBinary) => {
    if (isBinary) frames.push(new Uint8Array(data as Buffer));
  });
  // A refused or reset socket reports an error before it closes; `closed` carries the outcome.
  ws.on("error", () => undefined);
  const opened = new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("close", (code) => reject(new Error(`closed before opening (${code})`)));
  });
  opened.catch(() => undefined);
  const closed = new Promise<CloseInfo>((resolve) => {
    ws.once("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  return {
    ws,
    frames,
    opened,
    closed,
    closedWithin: (timeoutMs = 5000) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error(`the server did not close the socket within ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      return Promise.race([closed, timeout]).finally(() => clearTimeout(timer));
    },
    isOpen: () => ws.readyState === WebSocket.OPEN,
    send: (data) => ws.send(data),
    close: () => {
      if (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING) ws.close();
      return closed;
    },
  };
}

export type UpgradeAnswer = { status: number; body: string };

/**
 * A GET for an exact, unnormalised path (fetch and ws would resolve `..` segments); reports the
 * HTTP status, 101 when the server accepted an upgrade (the upgraded socket is dropped at once).
 */
function rawRequest(
  port: number,
  rawPath: string,
  headers: Record<string, string>,
  method = "GET",
  body?: string,
): Promise<UpgradeAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: "127.0.0.1",
      port,
      path: rawPath,
      method,
      headers,
    });
    request.on("upgrade", (response, socket) => {
      socket.destroy();
      resolve({ status: response.statusCode ?? 0, body: "" });
    });
    request.on("response", (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** Sends a websocket upgrade for an exact path and reports the HTTP status. */
export function requestUpgrade(
  port: number,
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<UpgradeAnswer> {
  return rawRequest(port, rawPath, {
    Connection: "Upgrade",
    Upgrade: "websocket",
    "Sec-WebSocket-Version": "13",
    "Sec-WebSocket-Key": randomBytes(16).toString("base64"),
    ...headers,
  });
}

/** Any request with headers fetch would not send as given (`Host`, a browser's `Origin`). */
export function rawHttp(
  port: number,
  method: string,
  rawPath: string,
  headers: Record<string, string>,
  body?: string,
): Promise<UpgradeAnswer> {
  return rawRequest(port, rawPath, headers, method, body);
}

/** A plain GET with an exact, unnormalised path. */
export function rawGet(port: number, rawPath: string): Promise<UpgradeAnswer> {
  return rawRequest(port, rawPath, {});
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** A y-websocket sync message: [0, syncType, varUint8Array payload]. syncType 2 is an update. */
export function syncFrame(payload: Uint8Array, syncType = 2): Uint8Array {
  return frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, syncType);
    encoding.writeVarUint8Array(e, payload);
  });
}

export type RawAwarenessEntry = { clientId: number; clock: number; state: unknown };

/** A y-websocket awareness message with arbitrary entries (y-protocols' update format). */
export function awarenessFrame(entries: RawAwarenessEntry[]): Uint8Array {
  const update = frame((e) => {
    encoding.writeVarUint(e, entries.length);
    for (const entry of entries) {
      encoding.writeVarUint(e, entry.clientId);
      encoding.writeVarUint(e, entry.clock);
      encoding.writeVarString(e, JSON.stringify(entry.state));
    }
  });
  return frame((e) => {
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, update);
  });
}
