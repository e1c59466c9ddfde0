import { downloadExport, type ExportFormat } from "../state/download";
import type { RunDownload } from "./MenuButton";

const FILE_CHOICES: readonly { format: ExportFormat; label: string }[] = [
  { format: "md", label: "Markdown (.md)" },
  { format: "csv", label: "Spreadsheet (.csv)" },
  { format: "json", label: "JSON (.json)" },
];

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
  return FILE_CHOICES.map(({ format, label }) => (
    <button
      key={format}
      type="button"
      role="menuitem"
      tabIndex={-1}
      onClick={() => run(() => downloadExport(urlFor(format), facilitatorKey))}
    >
      {label}
    </button>
  ));
}
