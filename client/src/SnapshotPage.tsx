import { useEffect } from "react";
import { OpeningPage, ProblemPage } from "./pageParts";
import { ComparePanel } from "./snapshot/ComparePanel";
import { SnapshotLanes } from "./snapshot/SnapshotLanes";
import { snapshotTitle, summaryLine } from "./snapshot/snapshotView";
import { EXPORT_FORMATS, snapshotExportUrl } from "./state/download";
import { fetchSnapshot, formatTaken, type SnapshotDetail } from "./state/snapshots";
import { useFetched } from "./state/useFetched";
import "./snapshot/snapshot.css";

const FORMAT_LABELS = { md: "Markdown (.md)", csv: "Spreadsheet (.csv)", json: "JSON (.json)" };

function ExportLinks({ snapshotId }: { snapshotId: string }) {
  return (
    <nav aria-label="Export this snapshot" className="snapshot-exports">
      <span className="muted">Export:</span>
      {EXPORT_FORMATS.map((format) => (
        <a key={format} href={snapshotExportUrl(snapshotId, format)} download>
          {FORMAT_LABELS[format]}
        </a>
      ))}
      <a href={`/s/${encodeURIComponent(snapshotId)}/print`}>Printable page</a>
    </nav>
  );
}

function SnapshotView({ detail }: { detail: SnapshotDetail }) {
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
            Snapshot taken {formatTaken(detail.createdAt)} · {summaryLine(detail.snapshot)} ·{" "}
            <strong>read-only</strong>
          </p>
        </div>
        <ExportLinks snapshotId={detail.id} />
      </header>
      <main>
        <section className="snapshot-compare" aria-label="Compare">
          <ComparePanel detail={detail} />
        </section>
        <SnapshotLanes lanes={detail.snapshot.lanes} />
      </main>
    </div>
  );
}

/** `/s/:snapshotId`: a board as it stood when the snapshot was taken, read-only. */
export function SnapshotPage({ snapshotId }: { snapshotId: string }) {
  const detail = useFetched(`snapshot:${snapshotId}`, () => fetchSnapshot(snapshotId));
  if (detail.state === "loading") return <OpeningPage what="the snapshot" />;
  if (detail.state === "failed") {
    const missing = detail.status === 404;
    return (
      <ProblemPage>
        <p role="alert" className="error">
          {missing
            ? "This snapshot does not exist. Check that the link was copied whole."
            : `The snapshot cannot be shown. ${detail.message}`}
        </p>
      </ProblemPage>
    );
  }
  return <SnapshotView detail={detail.value} />;
}
