import { DndContext, DragOverlay } from "@dnd-kit/core";
import { useBoardStore } from "../state/boardStore";
import { useUiStore } from "../state/uiStore";
import { Announcer } from "./Announcer";
import { BoardHeader } from "./BoardHeader";
import { CardsShownProvider } from "./cardsShown";
import { DragPreview } from "./DragPreview";
import { InvitePanel } from "./InvitePanel";
import { Lane } from "./Lane";
import { LaneTabs } from "./LaneTabs";
import { MoveToDialog } from "./MoveToDialog";
import { Notices } from "./Notices";
import { PhaseBar } from "./PhaseBar";
import { Presenting } from "./Presenting";
import { useBoardDrag } from "./useBoardDrag";
import "./dropHints.css";
import { useBoardShortcuts } from "./useBoardShortcuts";
import { useCloseEditorWhenLocked, useRole } from "./useFacilitation";

/** The live board: header, five lanes, and the drag and drop that moves notes between them. */
export function Board({ facilitatorUrl }: { facilitatorUrl: string | null }) {
  const lanes = useBoardStore((s) => s.lanes);
  const largeText = useUiStore((s) => s.largeText);
  const role = useRole();
  const drag = useBoardDrag();
  const presenting = useUiStore((s) => s.presenting);
  useBoardShortcuts();
  useCloseEditorWhenLocked();
  if (presenting) return <Presenting />;

  return (
    <div className={largeText ? "board large-text" : "board"}>
      <BoardHeader facilitatorUrl={facilitatorUrl} />
      <PhaseBar />
      {role !== "viewer" && <InvitePanel facilitatorUrl={facilitatorUrl} />}
      <DndContext {...drag.context}>
        <LaneTabs lanes={lanes} />
        <CardsShownProvider>
          <main className="lanes">
            {lanes.map((lane) => (
              <Lane key={lane.id} lane={lane} />
            ))}
          </main>
        </CardsShownProvider>
        <DragOverlay dropAnimation={null}>
          {drag.dragged && <DragPreview item={drag.dragged} />}
        </DragOverlay>
      </DndContext>
      <div className="visually-hidden" aria-live="assertive">
        {drag.announcement}
      </div>
      <Announcer />
      <MoveToDialog />
      <Notices />
    </div>
  );
}
