import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ModalDialog } from "../ui/ModalDialog";
import { fetchProgress } from "./progress";
import { SinceLastTimeView } from "./SinceLastTimeView";
import "./progress.css";

/**
 * Whether the board continues another, asked of the server once: the board store does not
 * carry `meta.continues`. Unknown (offline, an older server) reads as no.
 */
function useContinuesAnother(boardId: string | null): boolean {
  const [continues, setContinues] = useState(false);
  useEffect(() => {
    setContinues(false);
    if (boardId === null) return;
    let current = true;
    fetchProgress(boardId)
      .then((progress) => {
        if (current) setContinues(progress.continues !== null);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [boardId]);
  return continues;
}

/**
 * "Since last time", for the board's header: shown on a board that continues another, it opens
 * the view of what changed since that board (next steps, priorities, votes, the series).
 * Nothing on a viewer's page (no board id) nor on a board that continues none.
 */
export function SinceLastTimeButton({ boardId }: { boardId: string | null }) {
  const { t } = useTranslation("progress");
  const [open, setOpen] = useState(false);
  const continues = useContinuesAnother(boardId);
  if (boardId === null || !continues) return null;
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("sinceLastTime.button")}
      </button>
      <ModalDialog
        open={open}
        onClose={() => setOpen(false)}
        title={t("sinceLastTime.title")}
        closeLabel={t("sinceLastTime.close")}
        className="progress-dialog"
      >
        <SinceLastTimeView boardId={boardId} />
      </ModalDialog>
    </>
  );
}
