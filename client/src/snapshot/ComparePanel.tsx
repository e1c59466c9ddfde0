import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../i18n/format";
import { fetchSnapshot, type SnapshotDetail } from "../state/snapshots";
import { useFetched } from "../state/useFetched";
import { CompareView } from "./CompareView";

/** When a snapshot was taken, in the page's language and this laptop's time zone. */
function takenAt(iso: string, unknown: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? unknown : formatDateTime(date);
}

function chosenInAddress(others: SnapshotDetail["others"]): string {
  const id = new URLSearchParams(window.location.search).get("compare") ?? "";
  return others.some((other) => other.id === id) ? id : "";
}

/** Keeps the choice in the address (`?compare=<id>`), so a comparison can be shared. */
function rememberChoice(id: string): void {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set("compare", id);
  else url.searchParams.delete("compare");
  window.history.replaceState(null, "", url);
}

function Comparison({ detail, otherId }: { detail: SnapshotDetail; otherId: string }) {
  const { t } = useTranslation("snapshot");
  const other = useFetched(`snapshot:${otherId}`, () => fetchSnapshot(otherId));
  if (other.state === "loading") return <p role="status">{t("compare.comparing")}</p>;
  if (other.state === "failed") {
    return (
      <p role="alert" className="error">
        {t("compare.failed", { problem: other.message })}
      </p>
    );
  }
  return <CompareView one={detail} other={other.value} />;
}

/** "Compare with": the same board's other snapshots, and what changed between the two. */
export function ComparePanel({ detail }: { detail: SnapshotDetail }) {
  const { t } = useTranslation("snapshot");
  const [otherId, setOtherId] = useState(() => chosenInAddress(detail.others));
  const selectId = useId();
  if (detail.others.length === 0) {
    return <p className="muted compare-none">{t("compare.onlySnapshot")}</p>;
  }
  return (
    <>
      <div className="compare-choice">
        <label htmlFor={selectId}>{t("compare.with")}</label>
        <select
          id={selectId}
          value={otherId}
          onChange={(event) => {
            setOtherId(event.target.value);
            rememberChoice(event.target.value);
          }}
        >
          <option value="">{t("compare.choose")}</option>
          {detail.others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name} ({takenAt(other.createdAt, t("compare.unknownTime"))})
            </option>
          ))}
        </select>
      </div>
      {otherId && <Comparison detail={detail} otherId={otherId} />}
    </>
  );
}
