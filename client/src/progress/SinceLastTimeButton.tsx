import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useContinuesStore } from "../state/stepsStore";
import { ModalDialog } from "../ui/ModalDialog";
import { SinceLastTimeView } from "./SinceLastTimeView";
import "./progress.css";

/**
 * "Since last time", for the board's header: shown on a board that continues another, it opens
 * the view of what changed since that board (next steps, priorities, votes, the series).
 * Nothing on a viewer's page (no board id) nor on a board that continues none.
 */
export function SinceLastTimeButton({ boardId }: { boardId: string | null }) {
  const { t } = useTranslation("progress");
  const [open, setOpen] = useState(false);
  // The board document says whether it continues another: no request until the view opens.
  const continues = useContinuesStore((s) => s.continues !== null);
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
