import { useTranslation } from "react-i18next";
import { setListView, useListView } from "./listView";

/** `Notes as a list`: switches this screen between the lanes and the list (a toggle button). */
export function ListViewToggle() {
  const { t } = useTranslation("list");
  const on = useListView((s) => s.on);
  return (
    <button
      type="button"
      className="list-view-toggle"
      aria-pressed={on}
      onClick={() => setListView(!on)}
    >
      {t("toggle")}
    </button>
  );
}
