import type { ControlState } from "@roundtable/shared";
import { t } from "../i18n/i18n";
import type { ConnectionParams } from "../sync/connection";
import { cacheControl, cachedControl, watchSyncedControl } from "../sync/control";
import { connectResettable, type ResettableConnection } from "../sync/resettable";
import { measureServerOffset } from "../sync/serverClock";
import { DEFAULT_CONTROL, initialControlStore, type Role, useControlStore } from "./controlStore";
import { useUiStore } from "./uiStore";

export type ControlOptions = {
  /** Keeps the last control state under this board id; null (a viewer) keeps nothing. */
  boardId: string | null;
  room: string;
  params: ConnectionParams;
  role: Role;
  participantId: string | null;
  /** Called after every change of the control state, from the server or the cache. */
  onChange(control: ControlState): void;
};

let synced = false;

/** Whether the control document came from the server in this visit (it is held in memory). */
export function controlSynced(): boolean {
  return synced;
}

async function measureClock(): Promise<void> {
  const offset = await measureServerOffset();
  if (offset !== null) useControlStore.setState({ serverOffsetMs: offset });
}

/**
 * The bridge from the control document into the control store. Until the server answers, the
 * store holds the state kept from the last visit, so a reload while offline still knows the
 * phase, the lock and private writing. The server's clock is measured on every (re)connection.
 */
export function bindControl(options: ControlOptions): ResettableConnection {
  const cached = options.boardId ? cachedControl(options.boardId) : null;
  synced = false;
  useControlStore.setState(
    {
      ...initialControlStore,
      control: cached ?? DEFAULT_CONTROL,
      source: cached ? "cache" : "defaults",
      role: options.role,
      participantId: options.participantId,
    },
    true,
  );
  if (cached) options.onChange(cached);

  const publish = (control: ControlState) => {
    useControlStore.setState({ control, source: "server" });
    if (options.boardId) cacheControl(options.boardId, control);
    options.onChange(control);
  };

  return connectResettable(
    { room: options.room, params: options.params },
    {
      onOpen(connection) {
        synced = false;
        return watchSyncedControl(connection, {
          control(control) {
            synced = true;
            publish(control);
          },
          connected: () => void measureClock(),
        });
      },
      onRefused(reason) {
        useUiStore.setState({ notice: t("state:refused.change", { reason }) });
      },
    },
  );
}
