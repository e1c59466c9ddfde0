import { useTranslation } from "react-i18next";
import { downloadExport, type ExportFormat } from "../state/download";
import type { RunDownload } from "./MenuButton";

/** The file formats, in the menu's order; each is named by `common:exportFormat.<format>`. */
const FILE_CHOICES: readonly ExportFormat[] = ["md", "csv", "json"];

/** The Markdown, CSV and JSON items of an export menu, each downloading from `urlFor`. */
export function FileItems({
  urlFor,
  facilitatorKey,
  run,
}: {
  urlFor: (format: ExportFormat) => string;
  facilitatorKey: string | null;
  run: RunDownload;
}) {
  const { t } = useTranslation("common");
  return FILE_CHOICES.map((format) => (
    <button
      key={format}
      type="button"
      role="menuitem"
      tabIndex={-1}
      onClick={() => run(() => downloadExport(urlFor(format), facilitatorKey))}
    >
      {t(`exportFormat.${format}`)}
    </button>
  ));
}
