import { IndexeddbPersistence } from "y-indexeddb";
import { readAuthMessage } from "y-protocols/auth";
import { messageAuth, messageQueryAwareness, WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { reconnectDelay } from "./backoff";
import { changedItems } from "./changedItems";
import { refusalText, WRITE_REFUSED } from "./refusals";

export type ConnectionStatus = "connecting" | "connected" | "reconnecting" | "offline";

export type ConnectionState = {
  status: ConnectionStatus;
  /** Local changes the server has not confirmed yet (made while not connected). */
  unsaved: number;
  /** Set when the server refused the board for good (unknown board, refused write). */
  refusal: string | null;
  /**
   * True after the server refused one of this browser's changes (close 4403): the change stays
   * here, and the connection waits for `resume()` instead of sending it again and again.
   */
  held: boolean;
};

export type Awareness = WebsocketProvider["awareness"];

/** Query parameters of the websocket URL: the participant's token, the facilitator's key. */
export type ConnectionParams = Record<string, string>;

export type ConnectOptions = {
  /** The websocket room: a board id, `<boardId>/control`, `view/<token>`, ... */
  room: string;
  params?: ConnectionParams;
  /** IndexedDB database that keeps a copy in this browser; null keeps it in memory only. */
  persistAs: string | null;
  /** localStorage key that keeps the count of unsaved changes across reloads; null: none. */
  unsavedKey?: string | null;
  serverUrl?: string;
};

/** The transport of one document: its Y.Doc, maybe kept in IndexedDB, synced with the server. */
export type DocConnection = {
  doc: Y.Doc;
  awareness: Awareness;
  /** Resolves once the copy kept in this browser is loaded (offline edits included). */
  whenLocalLoaded: Promise<void>;
  state(): ConnectionState;
  subscribe(listener: (state: ConnectionState) => void): () => void;
  /** Reconnects now instead of waiting for the next attempt (not while held). */
  retryNow(): void;
  /** Ends a hold after a refused change (e.g. the board was unlocked) and reconnects. */
  resume(): void;
  /** Parameters for the next connection, e.g. once a token arrives. */
  setParams(params: ConnectionParams): void;
  /** Resolves once every change so far is written to this browser's copy. */
  flushLocal(): Promise<void>;
  /** The server's last refusal as it said it (close code and reason), if any. */
  lastRefusal(): { code: number; reason: string } | null;
  destroy(): void;
};

/** The items changed here and not yet confirmed, kept across reloads under `key`. */
function readUnsaved(key: string | null): Set<string> {
  const stored = key ? localStorage.getItem(key) : null;
  if (!stored) return new Set();
  try {
    const value: unknown = JSON.parse(stored);
    if (Array.isArray(value)) return new Set(value.filter((item) => typeof item === "string"));
    // An earlier version kept only a count: keep that many, unnamed.
    if (typeof value === "number" && Number.isInteger(value) && value > 0) {
      return new Set(Array.from({ length: Math.min(value, 1000) }, (_, at) => `earlier:${at}`));
    }
  } catch {
    // Unreadable: start counting afresh.
  }
  return new Set();
}

/** How often the heartbeat looks; after how long a silent socket is asked; when it is dead. */
const HEARTBEAT_MS = 500;
const PROBE_AFTER_MS = 2000;
const SILENT_MS = 3500;

/** The protocol's "who is here?" message: a single byte, answered by the server every time. */
const PRESENCE_QUERY = new Uint8Array([messageQueryAwareness]);

export function connectDoc(options: ConnectOptions): DocConnection {
  const { room, persistAs, unsavedKey = null, serverUrl = defaultServerUrl() } = options;
  const doc = new Y.Doc();
  const local = persistAs ? new IndexeddbPersistence(persistAs, doc) : null;
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    connect: false,
    // Tabs of one browser each talk to the server: the server is the one that stores.
    disableBc: true,
    params: { ...options.params },
  });
  // The stock handler logs the refusal with the URL, whose query holds the token or key: the
  // close that follows carries the same reason, so read the message without logging it.
  provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
    readAuthMessage(decoder, doc, () => undefined);
  };
  const listeners = new Set<(state: ConnectionState) => void>();
  let lastRefusal: { code: number; reason: string } | null = null;
  const unsavedItems = readUnsaved(unsavedKey);
  let state: ConnectionState = {
    status: navigator.onLine ? "connecting" : "offline",
    unsaved: unsavedItems.size,
    refusal: null,
    held: false,
  };
  let attempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;

  const set = (next: Partial<ConnectionState>) => {
    state = { ...state, ...next };
    if (unsavedKey) localStorage.setItem(unsavedKey, JSON.stringify([...unsavedItems]));
    for (const listener of listeners) listener(state);
  };

  // "N changes not yet saved" counts notes (and lanes, settings) changed, not keystrokes.
  doc.on("afterTransaction", (transaction: Y.Transaction) => {
    const origin = transaction.origin;
    if (origin === provider || (local && origin === local)) return;
    if (provider.wsconnected && provider.synced) return;
    const before = unsavedItems.size;
    for (const item of changedItems(transaction)) unsavedItems.add(item);
    if (unsavedItems.size !== before) set({ unsaved: unsavedItems.size });
  });
  provider.on("sync", (synced: boolean) => {
    if (synced) {
      attempts = 0;
      unsavedItems.clear();
      set({ status: "connected", unsaved: 0, refusal: null });
    }
  });

  // A socket can go silent without closing (a Wi-Fi that drops packets): the server answers
  // every message, so one that stays silent for 2 s is asked for presence, and one silent for
  // 3.5 s counts as lost and is closed, so the status says so within 5 s and a new one is tried.
  const heartbeat = setInterval(() => {
    const socket = provider.ws;
    if (!provider.wsconnected || !socket || socket.readyState !== WebSocket.OPEN) return;
    const silent = Date.now() - provider.wsLastMessageReceived;
    if (silent > SILENT_MS) {
      set({ status: navigator.onLine ? "reconnecting" : "offline" });
      socket.close();
    } else if (silent > PROBE_AFTER_MS) {
      socket.send(PRESENCE_QUERY);
    }
  }, HEARTBEAT_MS);
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
    lastRefusal = { code, reason };
    // The provider does not reconnect after 44xx: a refused change would only be refused again.
    set({ status: "offline", refusal: refusalText(code, reason), held: code === WRITE_REFUSED });
  });

  function scheduleRetry() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      if (!destroyed && !state.held) provider.connect();
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
    if (!destroyed && !state.held && !provider.wsconnected) provider.connect();
  }

  const whenLocalLoaded = local
    ? local.whenSynced.then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
  // Connect once this browser's copy is loaded, so edits made offline go out in the first sync.
  void whenLocalLoaded.then(() => {
    if (!destroyed) provider.connect();
  });

  return {
    doc,
    awareness: provider.awareness,
    whenLocalLoaded,
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retryNow,
    resume() {
      if (!state.held || destroyed) return;
      set({ held: false, refusal: null, status: navigator.onLine ? "reconnecting" : "offline" });
      attempts = 0;
      provider.connect();
    },
    setParams(params) {
      provider.params = { ...params };
    },
    lastRefusal: () => lastRefusal,
    flushLocal: () => (local ? flushIndexedDb(local) : Promise.resolve()),
    destroy() {
      destroyed = true;
      clearTimeout(retryTimer);
      clearInterval(heartbeat);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      provider.destroy();
      void local?.destroy();
      doc.destroy();
    },
  };
}

/**
 * y-indexeddb starts writing each update as it happens; a read-only transaction over the same
 * store runs only after those writes have finished, so its completion means they are on disk.
 */
function flushIndexedDb(local: IndexeddbPersistence): Promise<void> {
  return local.whenSynced.then(
    () =>
      new Promise<void>((resolve, reject) => {
        const db = local.db;
        if (!db) return resolve();
        const transaction = db.transaction(["updates"], "readonly");
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
        transaction.onabort = () => reject(transaction.error);
      }),
  );
}

export function defaultServerUrl(): string {
  const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${window.location.host}/ws`;
}
