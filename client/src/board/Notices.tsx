import { useEffect } from "react";
import { dismissNotice, undo } from "../state/actions";
import { useUiStore } from "../state/uiStore";

/** "Note deleted" with its way back, and messages about actions that did not work. */
export function Notices() {
  const deleted = useUiStore((s) => s.deleted);
  const notice = useUiStore((s) => s.notice);
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => useUiStore.setState({ deleted: null }), 8000);
    return () => clearTimeout(timer);
  }, [deleted]);
  return (
    <div className="notices" aria-live="polite">
      {deleted && (
        <div className="toast">
          Note deleted.{" "}
          <button type="button" onClick={undo}>
            Undo delete
          </button>
        </div>
      )}
      {notice && (
        <div className="toast" role="alert">
          {notice}{" "}
          <button type="button" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
