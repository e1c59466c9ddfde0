import { redo, undo } from "../state/actions";
import { useBoardStore } from "../state/boardStore";
import { setLargeText, useUiStore } from "../state/uiStore";
import { FacilitatorPanel } from "./FacilitatorPanel";
import { InviteToggle } from "./InvitePanel";
import { People } from "./People";
import { StatusBadge } from "./StatusBadge";
import { usePermissions, useRole } from "./useFacilitation";

export function BoardHeader({ facilitatorUrl }: { facilitatorUrl: string | null }) {
  const title = useBoardStore((s) => s.title);
  const canUndo = useBoardStore((s) => s.canUndo);
  const canRedo = useBoardStore((s) => s.canRedo);
  const largeText = useUiStore((s) => s.largeText);
  const role = useRole();
  // Undo and redo change the board, so they go wherever editing does (the lock, a viewer).
  const { edit } = usePermissions();
  return (
    <header className="board-header">
      <div className="board-title">
        <h1>{title || "Untitled board"}</h1>
        <StatusBadge />
      </div>
      <People />
      <div className="toolbar">
        {edit && (
          <>
            <button type="button" onClick={undo} disabled={!canUndo} title="Undo (Ctrl+Z)">
              Undo
            </button>
            <button type="button" onClick={redo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
              Redo
            </button>
          </>
        )}
        <button type="button" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
          Large text
        </button>
        {role === "facilitator" && <FacilitatorPanel />}
        {role !== "viewer" && <InviteToggle facilitatorUrl={facilitatorUrl} />}
      </div>
    </header>
  );
}
