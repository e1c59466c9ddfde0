import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { useMemo, useRef, useState } from "react";
import { moveNote, setDragging } from "../state/actions";
import { useBoardStore } from "../state/boardStore";
import { useUiStore } from "../state/uiStore";
import { BoardHeader } from "./BoardHeader";
import { pointerDrop, positionAt } from "./dropPosition";
import { InvitePanel } from "./InvitePanel";
import { type KeyboardTarget, keyboardMoves } from "./keyboardMoves";
import { Lane } from "./Lane";
import { Notices } from "./Notices";
import { PhaseBar } from "./PhaseBar";
import { useBoardShortcuts } from "./useBoardShortcuts";
import { useCloseEditorWhenLocked, useRole } from "./useFacilitation";

/** The pointer's lane or note when there is a pointer; overlapping rectangles otherwise. */
const collisions: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const note = within.find((hit) => !String(hit.id).startsWith("lane:"));
  if (note) return [note];
  return within.length > 0 ? within : rectIntersection(args);
};

const instructions =
  "To move a note, press Space. Left and right arrows move it to the neighbouring priority, up and down within one. Space drops it, Escape cancels.";

/** The live board: header, five lanes, and the drag and drop that moves notes between them. */
export function Board({ facilitatorUrl }: { facilitatorUrl: string | null }) {
  const lanes = useBoardStore((s) => s.lanes);
  const largeText = useUiStore((s) => s.largeText);
  const role = useRole();
  const keyboardTarget = useRef<KeyboardTarget | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const coordinateGetter = useMemo(() => keyboardMoves(keyboardTarget, setAnnouncement), []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter }),
  );
  useBoardShortcuts();
  useCloseEditorWhenLocked();

  function onDragStart({ active, activatorEvent }: DragStartEvent) {
    const id = String(active.id);
    setDragging(id);
    const { notes, noteIdsByLane } = useBoardStore.getState();
    const lane = notes[id]?.lane;
    keyboardTarget.current =
      activatorEvent instanceof KeyboardEvent && lane
        ? { lane, index: (noteIdsByLane[lane] ?? []).indexOf(id) }
        : null;
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    setDragging(null);
    const id = String(active.id);
    const { notes, noteIdsByLane } = useBoardStore.getState();
    const idsIn = (lane: string) => noteIdsByLane[lane] ?? [];
    const target = keyboardTarget.current;
    keyboardTarget.current = null;
    const drop = target
      ? positionAt(
          target.lane,
          idsIn(target.lane).filter((other) => other !== id),
          target.index,
        )
      : over
        ? pointerDrop(id, String(over.id), (noteId) => notes[noteId]?.lane, idsIn)
        : null;
    if (!drop) return;
    const { lane, ...position } = drop;
    moveNote(id, lane, position);
  }

  function onDragCancel() {
    keyboardTarget.current = null;
    setDragging(null);
  }

  return (
    <div className={largeText ? "board large-text" : "board"}>
      <BoardHeader facilitatorUrl={facilitatorUrl} />
      <PhaseBar />
      {role !== "viewer" && <InvitePanel facilitatorUrl={facilitatorUrl} />}
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{
          screenReaderInstructions: { draggable: instructions },
          announcements: {
            onDragStart: () => "Picked up the note.",
            onDragOver: () => undefined,
            onDragEnd: () => "Dropped the note.",
            onDragCancel: () => "Move cancelled; the note is back where it was.",
          },
        }}
      >
        <main className="lanes">
          {lanes.map((lane) => (
            <Lane key={lane.id} lane={lane} />
          ))}
        </main>
      </DndContext>
      <div className="visually-hidden" aria-live="assertive">
        {announcement}
      </div>
      <Notices />
    </div>
  );
}
