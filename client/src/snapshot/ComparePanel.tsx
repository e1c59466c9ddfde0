import { useId, useState } from "react";
import { fetchSnapshot, formatTaken, type SnapshotDetail } from "../state/snapshots";
import { useFetched } from "../state/useFetched";
import { CompareView } from "./CompareView";

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
  const other = useFetched(`snapshot:${otherId}`, () => fetchSnapshot(otherId));
  if (other.state === "loading") return <p role="status">Comparing…</p>;
  if (other.state === "failed") {
    return (
      <p role="alert" className="error">
        The comparison cannot be shown. {other.message}
      </p>
    );
  }
  return <CompareView one={detail} other={other.value} />;
}

/** "Compare with": the same board's other snapshots, and what changed between the two. */
export function ComparePanel({ detail }: { detail: SnapshotDetail }) {
  const [otherId, setOtherId] = useState(() => chosenInAddress(detail.others));
  const selectId = useId();
  if (detail.others.length === 0) {
    return (
      <p className="muted compare-none">
        This is the board’s only snapshot: take another to compare the two.
      </p>
    );
  }
  return (
    <>
      <div className="compare-choice">
        <label htmlFor={selectId}>Compare with</label>
        <select
          id={selectId}
          value={otherId}
          onChange={(event) => {
            setOtherId(event.target.value);
            rememberChoice(event.target.value);
          }}
        >
          <option value="">Choose a snapshot…</option>
          {detail.others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name} ({formatTaken(other.createdAt)})
            </option>
          ))}
        </select>
      </div>
      {otherId && <Comparison detail={detail} otherId={otherId} />}
    </>
  );
}
