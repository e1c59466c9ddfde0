import { DndContext, DragOverlay } from "@dnd-kit/core";
import { useBoardStore } from "../state/boardStore";
import { useUiStore } from "../state/uiStore";
import { Notices } from "../ui/Notices";
import { Announcer } from "./Announcer";
import { LightCardsProvider } from "./cardDetail";
import { CardsShownProvider } from "./cardsShown";
import { DragPreview } from "./drag/DragPreview";
import { MoveToDialog } from "./drag/MoveToDialog";
import { useBoardDrag } from "./drag/useBoardDrag";
import { Presenting } from "./facilitation/Presenting";
import { BoardHeader } from "./header/BoardHeader";
import { InvitePanel } from "./header/InvitePanel";
import { Lane } from "./Lane";
import { LaneTabs } from "./LaneTabs";
import { useListView } from "./list/listView";
import { NotesList } from "./list/NotesList";
import { PhaseBar } from "./phaseBar/PhaseBar";
import "./drag/dropHints.css";
import { useCloseEditorWhenLocked, usePermissions } from "../state/useFacilitation";
import { LANES_ID, SkipToLanes } from "./SkipToLanes";
import { useBoardShortcuts } from "./useBoardShortcuts";

/** The live board: header, five lanes, and the drag and drop that moves notes between them. */
export function Board({ facilitatorUrl }: { facilitatorUrl: string | null }) {
  const lanes = useBoardStore((s) => s.lanes);
  const largeText = useUiStore((s) => s.largeText);
  const { takePart } = usePermissions();
  const drag = useBoardDrag();
  const presenting = useUiStore((s) => s.presenting);
  const listView = useListView((s) => s.on);
  useBoardShortcuts();
  useCloseEditorWhenLocked();
  if (presenting) return <Presenting />;

  return (
    <div className={largeText ? "board large-text" : "board"}>
      <SkipToLanes />
      <BoardHeader facilitatorUrl={facilitatorUrl} />
      <PhaseBar />
      {takePart && <InvitePanel facilitatorUrl={facilitatorUrl} />}
      <DndContext {...drag.context}>
        {!listView && <LaneTabs lanes={lanes} />}
        <CardsShownProvider>
          <LightCardsProvider>
            {listView ? (
              <main className="lanes-as-list" id={LANES_ID} tabIndex={-1}>
                <NotesList />
              </main>
            ) : (
              <main className="lanes" id={LANES_ID} tabIndex={-1}>
                {lanes.map((lane) => (
                  <Lane key={lane.id} lane={lane} />
                ))}
              </main>
            )}
          </LightCardsProvider>
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
