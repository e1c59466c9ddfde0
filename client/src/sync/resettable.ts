import { t } from "../i18n/i18n";
import {
  type ConnectionParams,
  type ConnectOptions,
  connectDoc,
  type DocConnection,
} from "./connection";
import { serverReason } from "./refusals";

export type ResettableConnection = {
  current(): DocConnection;
  /** Parameters for the next connection, now and after a reset. */
  setParams(params: ConnectionParams): void;
  destroy(): void;
};

export type ResettableHandlers = {
  /** Wires a (new) connection up; returns what undoes the wiring. */
  onOpen(connection: DocConnection): () => void;
  /**
   * The server refused a change, for `reason` (e.g. "voting is closed", in the page's language);
   * the document has been opened again from the server.
   */
  onRefused(reason: string): void;
};

/**
 * A document kept in memory whose truth is the server (one's votes, the facilitator's control
 * document). When the server refuses a change (close 4403), the local copy holds a change the
 * server will never take: it is thrown away and the document opened again from the server.
 */
export function connectResettable(
  options: Omit<ConnectOptions, "persistAs" | "unsavedKey">,
  handlers: ResettableHandlers,
): ResettableConnection {
  let params = { ...options.params };
  let connection: DocConnection;
  let unwire: () => void = () => undefined;
  let destroyed = false;

  function open() {
    connection = connectDoc({ ...options, params, persistAs: null });
    // Presence belongs to the board's room; these rooms carry none.
    connection.awareness.setLocalState(null);
    const wiring = handlers.onOpen(connection);
    const stopWatching = connection.subscribe((state) => {
      if (!state.held || destroyed) return;
      const said = serverReason(connection.lastRefusal()?.reason ?? "");
      const reason = said || t("state:server.refusedChange");
      close();
      open();
      handlers.onRefused(reason);
    });
    unwire = () => {
      stopWatching();
      wiring();
    };
  }

  function close() {
    unwire();
    connection.destroy();
  }

  open();
  return {
    current: () => connection,
    setParams(next) {
      params = { ...next };
      connection.setParams(params);
    },
    destroy() {
      destroyed = true;
      close();
    },
  };
}
