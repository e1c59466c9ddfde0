import { useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { useUiStore } from "../../state/uiStore";
import { ModalDialog } from "../../ui/ModalDialog";
import { AddStepDialog } from "./AddStepDialog";
import { StepsPanel } from "./StepsPanel";
import "./steps.css";

/**
 * "Next steps" in the header: opens the panel "Next steps" (a modal dialog; Escape or Close
 * shuts it and gives the focus back), and holds the board's one "Add next step" form. Both sit
 * on the page's body, so a folded header menu does not hide them.
 */
export function NextSteps() {
  const { t } = useTranslation("steps");
  const [open, setOpen] = useState(false);
  const largeText = useUiStore((s) => s.largeText);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("panel.button")}
      </button>
      {createPortal(
        <ModalDialog
          open={open}
          onClose={() => setOpen(false)}
          title={t("panel.title")}
          closeLabel={t("panel.close")}
          className={largeText ? "steps-panel steps-large" : "steps-panel"}
        >
          <StepsPanel />
        </ModalDialog>,
        document.body,
      )}
      <AddStepDialog />
    </>
  );
}
