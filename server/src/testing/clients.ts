import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export type TestClient = { doc: Y.Doc; provider: WebsocketProvider; synced: Promise<void> };

/** A stock y-websocket client, as a bot or script would connect (no BroadcastChannel). */
export function connectClient(serverUrl: string, boardId: string, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, "ws")}/ws`, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", (isSynced: boolean) => isSynced && resolve());
  });
  return { doc, provider, synced };
}

export async function waitFor(
  condition: () => boolean,
  { timeoutMs = 5000, what = "condition" }: { timeoutMs?: number; what?: string } = {},
): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export async function createBoardVia(serverUrl: string, title?: string) {
  const response = await fetch(`${serverUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(title === undefined ? {} : { title }),
  });
  if (response.status !== 201) throw new Error(`POST /api/boards answered ${response.status}`);
  return (await response.json()) as {
    id: string;
    facilitatorKey: string;
    joinUrl: string;
    facilitatorUrl: string;
    viewUrl: string;
  };
}
