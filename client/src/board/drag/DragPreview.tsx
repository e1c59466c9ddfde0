import { useTranslation } from "react-i18next";
import { useBoardStore } from "../../state/boardStore";
import { clusterName } from "../../state/clusterNames";
import { useClusterUi } from "../../state/clusterUiStore";
import type { DragItem } from "./dragIds";

const labels = { group: "drag.dropToGroup", join: "drag.dropToJoin" } as const;

/** Says on the dragged card what dropping it here does, where the pointer cannot hide it. */
function DropLabel() {
  const look = useClusterUi((s) => s.dropHint?.look);
  const { t } = useTranslation("board");
  return look === "group" || look === "join" ? (
    <span className="drop-label">{t(labels[look])}</span>
  ) : null;
}

/** What follows the pointer while dragging: the note's text, or the cluster's title. */
export function DragPreview({ item }: { item: DragItem }) {
  const note = useBoardStore((s) => (item.kind === "note" ? s.notes[item.id] : undefined));
  const cluster = useBoardStore((s) => (item.kind === "cluster" ? s.clusters[item.id] : undefined));
  const count = useBoardStore((s) => s.noteIdsByCluster[item.id]?.length ?? 0);
  const { t } = useTranslation("board");
  if (note) {
    return (
      <div className="note drag-preview" style={{ background: note.color }} aria-hidden="true">
        <DropLabel />
        <p className="note-text" dir="auto">
          {note.text || <span className="placeholder">{t("note.empty")}</span>}
        </p>
      </div>
    );
  }
  if (!cluster) return null;
  return (
    <div className="cluster drag-preview" aria-hidden="true">
      <p className="cluster-title" dir="auto">
        {clusterName(cluster.title)}
      </p>
      <p className="cluster-count">{t("drag.notes", { count })}</p>
    </div>
  );
}
