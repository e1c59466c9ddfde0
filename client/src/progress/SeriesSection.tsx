import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SeriesRow } from "./progress";
import { markdownTable, seriesTable } from "./seriesTable";

type Copied = "copied" | "failed" | null;

/**
 * The series of meetings as a small table, a row per board, with "Copy table": it copies the
 * table as Markdown, plain text that a report, an email or a document takes as it is.
 */
export function SeriesSection({ series }: { series: readonly SeriesRow[] }) {
  const { t } = useTranslation("progress");
  const [copied, setCopied] = useState<Copied>(null);
  if (series.length === 0) return null;
  const table = seriesTable(series);
  // Numbers right-aligned; the date on one line.
  const align = (column: number) =>
    table.numeric[column] ? "progress-number" : column === 0 ? "progress-nowrap" : undefined;

  function copy() {
    const text = markdownTable(table);
    const clipboard = navigator.clipboard;
    if (!clipboard) {
      setCopied("failed");
      return;
    }
    clipboard.writeText(text).then(
      () => setCopied("copied"),
      () => setCopied("failed"),
    );
  }

  return (
    <section className="progress-section">
      <h3>{t("series.heading")}</h3>
      <p className="field-hint">{t("series.hint")}</p>
      <div className="progress-table-wrap">
        <table className="progress-table">
          <caption>{t("series.caption")}</caption>
          <thead>
            <tr>
              {table.headers.map((header, column) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed while shown
                <th key={column} scope="col" className={align(column)} dir="auto">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={series[index]?.id ?? index}>
                {row.map((cell, column) =>
                  column === 1 ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed while shown
                    <th key={column} scope="row" dir="auto">
                      {cell}
                    </th>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed while shown
                    <td key={column} className={align(column)}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={copy}>
          {t("series.copy")}
        </button>
        <span role="status" className={copied === "failed" ? "error" : "muted"}>
          {copied === "copied"
            ? t("series.copied")
            : copied === "failed"
              ? t("series.copyFailed")
              : ""}
        </span>
      </div>
    </section>
  );
}
