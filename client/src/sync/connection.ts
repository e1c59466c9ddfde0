import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { reconnectDelay } from "./backoff";

export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "offline";

export type ConnectionState = {
  status: ConnectionStatus;
  /** Local changes the server has not confirmed yet (made while not connected). */
  unsaved: number;
  /** Set when the server refused the board for good (unknown board, refused write). */
  refusal: string | null;
};

export type Awareness = WebsocketProvider["awareness"];

/** The transport of one open board: its Y.Doc, kept in IndexedDB and synced with the server. */
export type BoardConnection = {
  boardId: string;
  doc: Y.Doc;
  awareness: Awareness;
  /** Resolves once the copy kept in this browser is loaded (offline edits included). */
  whenLocalLoaded: Promise<void>;
  state(): ConnectionState;
  subscribe(listener: (state: ConnectionState) => void): () => void;
  /** Reconnects now instead of waiting for the next attempt. */
  retryNow(): void;
  destroy(): void;
};

const unsavedKey = (boardId: string) => `roundtable:unsaved:${boardId}`;

function readUnsaved(boardId: string): number {
  const value = Number(localStorage.getItem(unsavedKey(boardId)));
  return Number.isInteger(value) && value > 0 ? value : 0;
}

export function connectBoard(boardId: string, serverUrl = defaultServerUrl()): BoardConnection {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(`roundtable-board-${boardId}`, doc);
  const provider = new WebsocketProvider(serverUrl, boardId, doc, {
    connect: false,
    // Tabs of one browser each talk to the server: the server is the one that stores.
    disableBc: true,
  });
  const listeners = new Set<(state: ConnectionState) => void>();
  let state: ConnectionState = {
    status: navigator.onLine ? "connecting" : "offline",
    unsaved: readUnsaved(boardId),
    refusal: null,
  };
  let attempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;

  const set = (next: Partial<ConnectionState>) => {
    state = { ...state, ...next };
    localStorage.setItem(unsavedKey(boardId), String(state.unsaved));
    for (const listener of listeners) listener(state);
  };

  doc.on("update", (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || origin === local) return;
    if (!(provider.wsconnected && provider.synced)) set({ unsaved: state.unsaved + 1 });
  });
  provider.on("sync", (synced: boolean) => {
    if (synced) {
      attempts = 0;
      set({ status: "connected", unsaved: 0 });
    }
  });
  provider.on("status", ({ status }) => {
    if (status === "disconnected") set({ status: navigator.onLine ? "reconnecting" : "offline" });
  });
  // The provider's own retry has no jitter: take it over, so a room full of laptops that lost
  // the same Wi-Fi spreads its reconnections.
  provider.on("connection-close", (event) => {
    if (destroyed || (event && event.code >= 4400 && event.code < 4500)) return;
    provider.shouldConnect = false;
    // Also when the attempt never connected, so "Connecting…" does not linger.
    set({ status: navigator.onLine ? "reconnecting" : "offline" });
    scheduleRetry();
  });
  provider.on("closed", ({ code, reason }) => {
    set({ status: "offline", refusal: reason || `the server closed the board (${code})` });
  });

  function scheduleRetry() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      if (!destroyed) provider.connect();
    }, reconnectDelay(attempts++));
  }

  const onOnline = () => retryNow();
  const onOffline = () => {
    if (!provider.synced) set({ status: "offline" });
  };
  window.addEventListener("online", onOnline);
  window.addEventListener("offline", onOffline);

  function retryNow() {
    clearTimeout(retryTimer);
    if (!destroyed && !provider.wsconnected) provider.connect();
  }

  const whenLocalLoaded = local.whenSynced.then(
    () => undefined,
    () => undefined,
  );
  // Connect once this browser's copy is loaded, so edits made offline go out in the first sync.
  void whenLocalLoaded.then(() => {
    if (!destroyed) provider.connect();
  });

  return {
    boardId,
    doc,
    awareness: provider.awareness,
    whenLocalLoaded,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retryNow,
    destroy() {
      destroyed = true;
      clearTimeout(retryTimer);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}

function defaultServerUrl(): string {
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${window.location.host}/ws`;
}
