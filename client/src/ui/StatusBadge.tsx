import { useBoardStore } from "../state/boardStore";

/** The connection's state in words, as every status line says it. */
export const CONNECTION_LABELS = {
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
  offline: "Offline",
} as const;

/** Always visible: whether changes reach the others, and how many are still only here. */
export function StatusBadge() {
  const { status, unsaved, refusal } = useBoardStore((s) => s.connection);
  const pending =
    unsaved > 0 ? ` · ${unsaved} ${unsaved === 1 ? "change" : "changes"} not yet saved` : "";
  return (
    <p role="status" className={`status status-${status}`}>
      <span className="status-dot" aria-hidden="true" />
      {CONNECTION_LABELS[status]}
      {pending}
      {refusal && ` · ${refusal}`}
    </p>
  );
}
