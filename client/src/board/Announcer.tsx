import { useClusterUi } from "../state/clusterUiStore";

/** Speaks what a cluster action or a "Move to…" did, politely, after the change. */
export function Announcer() {
  const announcement = useClusterUi((s) => s.announcement);
  return (
    <div className="visually-hidden" aria-live="polite">
      {announcement}
    </div>
  );
}
