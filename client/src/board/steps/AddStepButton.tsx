import { useTranslation } from "react-i18next";
import { openAddStep } from "./addStepTarget";

/**
 * "Add next step" on a note or a cluster, named "Add next step: <name>" as the item's other
 * buttons are; opens the board's one step form for it.
 */
export function AddStepButton({ item, name }: { item: string; name: string }) {
  const { t } = useTranslation("steps");
  return (
    <button
      type="button"
      className="quiet add-step"
      aria-haspopup="dialog"
      aria-label={t("add.buttonFor", { name })}
      onClick={() => openAddStep({ item, name })}
    >
      {t("add.button")}
    </button>
  );
}
