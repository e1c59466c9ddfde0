import type { Snapshot } from "@roundtable/shared";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { LanguageMenu } from "./i18n/LanguageMenu";
import { ProblemPage } from "./pageParts";
import { PrintDocument } from "./snapshot/PrintDocument";
import { snapshotTitle } from "./snapshot/snapshotView";
import { readFacilitatorKey } from "./state/facilitatorKey";
import {
  fetchBoardSnapshot,
  fetchSnapshot,
  fetchViewSnapshot,
  formatTaken,
} from "./state/snapshots";
import { useFetched } from "./state/useFetched";
import "./snapshot/print.css";

/**
 * What the printable page shows; `taken` is when the board stood so, said at render ("As of …"
 * for the board now, "Snapshot taken …" for a snapshot) so a language switch changes it too.
 */
type Printable = {
  snapshot: Snapshot;
  name: string | null;
  taken: { kind: "asOf" | "taken"; at: string };
  back: string;
};

export type PrintSource =
  | { kind: "board"; boardId: string }
  | { kind: "view"; viewToken: string }
  | { kind: "snapshot"; snapshotId: string };

async function loadPrintable(source: PrintSource, key: string | null): Promise<Printable> {
  if (source.kind === "board") {
    const snapshot = await fetchBoardSnapshot(source.boardId, key);
    const hash = key ? `#key=${encodeURIComponent(key)}` : "";
    return {
      snapshot,
      name: null,
      taken: { kind: "asOf", at: snapshot.board.exportedAt },
      back: `/b/${encodeURIComponent(source.boardId)}${hash}`,
    };
  }
  if (source.kind === "view") {
    const snapshot = await fetchViewSnapshot(source.viewToken);
    return {
      snapshot,
      name: null,
      taken: { kind: "asOf", at: snapshot.board.exportedAt },
      back: `/v/${encodeURIComponent(source.viewToken)}`,
    };
  }
  const detail = await fetchSnapshot(source.snapshotId);
  return {
    snapshot: detail.snapshot,
    name: detail.name,
    taken: { kind: "taken", at: detail.createdAt },
    back: `/s/${encodeURIComponent(source.snapshotId)}`,
  };
}

/**
 * `/b/:id/print`, `/v/:token/print` and `/s/:id/print`: the board or a snapshot as one document to print or save
 * as a PDF. The facilitator's key (in the fragment, as on the board) brings hidden totals.
 */
export function PrintPage({ source }: { source: PrintSource }) {
  const { t } = useTranslation("common");
  const key = source.kind === "board" ? readFacilitatorKey(window.location.hash) : null;
  const id =
    source.kind === "board"
      ? source.boardId
      : source.kind === "view"
        ? source.viewToken
        : source.snapshotId;
  const printable = useFetched(`${source.kind}:${id}`, () => loadPrintable(source, key));

  useEffect(() => {
    if (printable.state !== "done") return;
    const { snapshot, name } = printable.value;
    // The title is the PDF's suggested file name.
    document.title = snapshotTitle(snapshot.board.title, name);
  }, [printable]);

  if (printable.state === "loading") {
    return (
      <main className="start">
        <p role="status">{t("printPage.preparing")}</p>
      </main>
    );
  }
  if (printable.state === "failed") {
    return (
      <ProblemPage>
        <p role="alert" className="error">
          {t("printPage.failed", { problem: printable.message })}
        </p>
      </ProblemPage>
    );
  }
  const { snapshot, name, taken, back } = printable.value;
  const when = t(taken.kind === "asOf" ? "printPage.asOf" : "printPage.taken", {
    when: formatTaken(taken.at),
  });
  return (
    <main className="print-page">
      <div className="print-actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t("printPage.print")}
        </button>
        <a href={back}>
          {source.kind === "board" ? t("printPage.backToBoard") : t("printPage.backToSnapshot")}
        </a>
        <LanguageMenu />
      </div>
      <PrintDocument snapshot={snapshot} name={name} when={when} />
    </main>
  );
}
