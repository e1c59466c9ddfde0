import type { WebSocket, WebSocketServer } from "ws";

/**
 * How long a shutdown waits for clients to answer the close frames (1012) before their sockets
 * are destroyed: the stock client answers at once; one that stopped reading never will. As
 * long as a connection's own wait after a close (`Connection.close`).
 */
export const CLOSE_FRAMES_MS = 2000;

/**
 * After the first signal the process exits by this deadline whatever happens: every accepted
 * update is already in SQLite's write-ahead log, so exiting before the final checkpoint loses
 * nothing; a supervisor waiting on the process gets it back in time.
 */
export const SHUTDOWN_DEADLINE_MS = 4500;

/**
 * Resolves once every websocket has closed, or after `timeoutMs`. Destroying a socket right
 * after `close()` drops the close frame still queued on it, so its client sees 1006 instead of
 * the code it was sent.
 */
export function closeFramesFlushed(wss: WebSocketServer, timeoutMs: number): Promise<void> {
  const open = [...wss.clients].filter((ws) => ws.readyState !== ws.CLOSED);
  if (open.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let left = open.length;
    const timer = setTimeout(resolve, timeoutMs);
    const closed = (ws: WebSocket) => {
      ws.off("close", onClose);
      left--;
      if (left === 0) {
        clearTimeout(timer);
        resolve();
      }
    };
    function onClose(this: WebSocket) {
      closed(this);
    }
    for (const ws of open) ws.on("close", onClose);
  });
}
