import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { dismissNotice, undo } from "../state/actions";
import { restoreDeletedNote } from "../state/trashActions";
import { useUiStore } from "../state/uiStore";
import { editButtonOf, focusSoon } from "./focusSoon";

/**
 * "Note deleted" with its way back (through the trash, or Undo for a private draft) for whoever
 * may restore it, and messages about actions that did not work.
 */
export function Notices() {
  const { t } = useTranslation("common");
  const deleted = useUiStore((s) => s.deleted);
  const notice = useUiStore((s) => s.notice);
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => useUiStore.setState({ deleted: null }), 8000);
    return () => clearTimeout(timer);
  }, [deleted]);
  const undoDelete = () => {
    if (!deleted) return;
    if (deleted.draft) undo();
    else if (restoreDeletedNote(deleted.id)) focusSoon(editButtonOf(deleted.id), null, deleted.id);
    useUiStore.setState({ deleted: null });
  };
  return (
    <div className="notices" aria-live="polite">
      {deleted && (
        <div className="toast">
          {deleted.restorable ? t("notices.noteDeleted") : t("notices.noteInTrash")}{" "}
          {deleted.restorable && (
            <button type="button" onClick={undoDelete}>
              {t("notices.undoDelete")}
            </button>
          )}
        </div>
      )}
      {notice && (
        <div className="toast" role="alert">
          {notice}{" "}
          <button type="button" onClick={dismissNotice}>
            {t("notices.dismiss")}
          </button>
        </div>
      )}
    </div>
  );
}
