import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LanguageMenu } from "./i18n/LanguageMenu";
import { OpeningPage, ProblemPage } from "./pageParts";
import { ComparePanel } from "./snapshot/ComparePanel";
import { SnapshotLanes } from "./snapshot/SnapshotLanes";
import { snapshotTitle, summaryLine } from "./snapshot/snapshotView";
import { EXPORT_FORMATS, snapshotExportUrl } from "./state/download";
import { fetchSnapshot, formatTaken, type SnapshotDetail } from "./state/snapshots";
import { useFetched } from "./state/useFetched";
import "./snapshot/snapshot.css";

function ExportLinks({ snapshotId }: { snapshotId: string }) {
  const { t } = useTranslation("common");
  return (
    <nav aria-label={t("snapshotPage.exportLinks")} className="snapshot-exports">
      <span className="muted">{t("snapshotPage.exportLabel")}</span>
      {EXPORT_FORMATS.map((format) => (
        <a key={format} href={snapshotExportUrl(snapshotId, format)} download>
          {t(`exportFormat.${format}`)}
        </a>
      ))}
      <a href={`/s/${encodeURIComponent(snapshotId)}/print`}>{t("snapshotPage.printable")}</a>
    </nav>
  );
}

function SnapshotView({ detail }: { detail: SnapshotDetail }) {
  const { t } = useTranslation("common");
  const title = snapshotTitle(detail.snapshot.board.title, detail.name);
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div className="snapshot-page">
      <header className="snapshot-header">
        <div className="snapshot-heading">
          <h1>{title}</h1>
          <p>
            {t("snapshotPage.taken", { when: formatTaken(detail.createdAt) })} ·{" "}
            {summaryLine(detail.snapshot)} · <strong>{t("snapshotPage.readOnly")}</strong>
          </p>
        </div>
        <div className="snapshot-tools">
          <ExportLinks snapshotId={detail.id} />
          <LanguageMenu />
        </div>
      </header>
      <main>
        <section className="snapshot-compare" aria-label={t("snapshotPage.compare")}>
          <ComparePanel detail={detail} />
        </section>
        <SnapshotLanes lanes={detail.snapshot.lanes} />
      </main>
    </div>
  );
}

/** `/s/:snapshotId`: a board as it stood when the snapshot was taken, read-only. */
export function SnapshotPage({ snapshotId }: { snapshotId: string }) {
  const { t } = useTranslation("common");
  const detail = useFetched(`snapshot:${snapshotId}`, () => fetchSnapshot(snapshotId));
  if (detail.state === "loading") return <OpeningPage what="snapshot" />;
  if (detail.state === "failed") {
    const missing = detail.status === 404;
    return (
      <ProblemPage>
        <p role="alert" className="error">
          {missing
            ? t("snapshotPage.missing")
            : t("snapshotPage.failed", { problem: detail.message })}
        </p>
      </ProblemPage>
    );
  }
  return <SnapshotView detail={detail.value} />;
}
