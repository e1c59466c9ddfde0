import { useDraggable, useDroppable } from "@dnd-kit/core";
import { memo, useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { VoteBadges } from "../phases/VoteBadges";
import { useBoardStore } from "../state/boardStore";
import { dissolveCluster } from "../state/clusterActions";
import { clusterName } from "../state/clusterNames";
import { useDropHint } from "../state/clusterUiStore";
import { usePermissions } from "../state/useFacilitation";
import { NoteCount } from "../ui/NoteCount";
import { ClusterTitle } from "./ClusterTitle";
import { clusterDragId } from "./drag/dragIds";
import { focusMoveToSoon, MoveToButton } from "./drag/MoveToButton";
import { DRAG_HANDLE } from "./drag/sensors";
import { NoteCard } from "./NoteCard";
import { useLookAgainOnUpdate } from "./sight/inSight";
import { AddStepButton } from "./steps/AddStepButton";
import { ItemSteps } from "./steps/ItemSteps";
import { useHasSteps, useMayAddSteps } from "./steps/useSteps";
import { VoteControl } from "./VoteControl";

const noIds: string[] = [];

/**
 * A cluster in its lane: a group named "Cluster: <title>" with a handle to drag it (notes come
 * along), its title and rename, its notes in order, "Move to…" and "Dissolve". The whole panel
 * takes drops: a note dropped on it joins it.
 */
export const ClusterCard = memo(function ClusterCard({ id }: { id: string }) {
  const cluster = useBoardStore((s) => s.clusters[id]);
  const noteIds = useBoardStore((s) => s.noteIdsByCluster[id] ?? noIds);
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const dragId = clusterDragId(id);
  const hint = useDropHint(dragId);
  const can = usePermissions();
  const hasSteps = useHasSteps(id);
  const mayAddSteps = useMayAddSteps();
  const { t } = useTranslation("board");
  const drag = useDraggable({
    id: dragId,
    disabled: !can.drag,
    attributes: { roleDescription: t("cluster.draggable") },
  });
  const drop = useDroppable({ id: dragId });
  const { setNodeRef: setDragRef } = drag;
  const { setNodeRef: setDropRef } = drop;
  const ref = useCallback(
    (node: HTMLLIElement | null) => {
      setDragRef(node);
      setDropRef(node);
    },
    [setDragRef, setDropRef],
  );
  // Its notes came, went or moved: which of them are in sight may have changed.
  useLookAgainOnUpdate();
  if (!cluster) return null;
  const name = clusterName(cluster.title);
  const groupName = t("cluster.name", { name });
  const classes = ["cluster", drag.isDragging && "dragging", hint && `drop-${hint}`];
  return (
    // A pointer drag starts anywhere on the panel but its controls and its notes (they move
    // themselves); the keyboard uses the handle.
    <li
      ref={ref}
      className={classes.filter(Boolean).join(" ")}
      data-cluster={id}
      {...(renaming ? {} : drag.listeners)}
    >
      <fieldset aria-label={groupName} className="cluster-body">
        <div className="cluster-bar">
          <button
            type="button"
            className="handle"
            ref={drag.setActivatorNodeRef}
            {...drag.attributes}
            {...drag.listeners}
            {...{ [DRAG_HANDLE]: "" }}
            aria-label={t("cluster.move", { name })}
            hidden={!can.drag}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <ClusterTitle
            id={id}
            title={cluster.title}
            name={name}
            renaming={renaming}
            onDone={() => {
              setRenaming(false);
              requestAnimationFrame(() => renameButton.current?.focus());
            }}
          />
          <NoteCount count={noteIds.length} className="cluster-count" />
        </div>
        {noteIds.length > 0 ? (
          <ul className="cluster-notes">
            {noteIds.map((noteId) => (
              <NoteCard key={noteId} id={noteId} />
            ))}
          </ul>
        ) : (
          <p className="cluster-empty">{t("cluster.empty")}</p>
        )}
        <div className="cluster-votes">
          <VoteBadges itemId={id} memberIds={noteIds} />
          <VoteControl itemId={id} label={groupName} lane={cluster.lane} />
        </div>
        {hasSteps && <ItemSteps item={id} name={groupName} />}
        <div className="cluster-actions" hidden={!can.edit}>
          {mayAddSteps && <AddStepButton item={id} name={groupName} />}
          <MoveToButton subject={{ kind: "cluster", id }} name={groupName} />
          {!renaming && (
            <button
              ref={renameButton}
              type="button"
              className="quiet"
              aria-label={t("cluster.renameCluster", { name })}
              onClick={() => setRenaming(true)}
            >
              {t("cluster.rename")}
            </button>
          )}
          <button
            type="button"
            className="quiet"
            aria-label={t("cluster.dissolveCluster", { name })}
            onClick={(event) => {
              const first = noteIds[0];
              const addButton = event.currentTarget
                .closest("section")
                ?.querySelector<HTMLElement>(".add-note");
              dissolveCluster(id);
              // The panel is gone: focus moves on to its first note, which stays in the lane.
              focusMoveToSoon(first ? { kind: "note", id: first } : null, addButton ?? null);
            }}
          >
            {t("cluster.dissolve")}
          </button>
        </div>
      </fieldset>
    </li>
  );
});
