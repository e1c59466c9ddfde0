import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export type TestClient = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  /** Close codes and reasons the server sent, in order. */
  closes: { code: number; reason: string }[];
};

/**
 * A stock y-websocket client, as a bot or script would connect (no BroadcastChannel). `room` is
 * a board id or a path under it (`<id>/control`); `params` go in the query (`token`, `key`).
 */
export function connectClient(
  serverUrl: string,
  room: string,
  doc = new Y.Doc(),
  params: Record<string, string> = {},
): TestClient {
  const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, "ws")}/ws`, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params,
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on("connection-close", (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", (isSynced: boolean) => isSynced && resolve());
  });
  return { doc, provider, synced, closes };
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

export async function createBoardVia(serverUrl: string, title?: string, language?: "en" | "es") {
  const response = await fetch(`${serverUrl}/api/boards`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title, language }),
  });
  if (response.status !== 201) throw new Error(`POST /api/boards answered ${response.status}`);
  return (await response.json()) as {
    id: string;
    title: string;
    joinCode: string;
    facilitatorKey: string;
    joinUrl: string;
    facilitatorUrl: string;
    viewUrl: string;
  };
}

/** Like `waitFor`, for a condition that needs a request to check. */
export async function waitForAnswer(
  check: () => Promise<boolean>,
  { timeoutMs = 5000, what = "condition" }: { timeoutMs?: number; what?: string } = {},
): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
