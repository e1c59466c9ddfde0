import { useMeetingStore } from "../state/meetingStore";
import { ResultsExportMenu } from "./ResultsExportMenu";

function groupsText(count: number): string {
  return `${count} ${count === 1 ? "group" : "groups"}`;
}

/** How many groups this page is connected to, when not all of them. */
function ConnectionSummary({ total }: { total: number }) {
  const connected = useMeetingStore(
    (s) => Object.values(s.groups).filter((group) => group.status === "connected").length,
  );
  const all = connected === total;
  return (
    <p className={all ? "status status-connected" : "status status-reconnecting"}>
      <span className="status-dot" aria-hidden="true" />
      {all ? "All groups connected" : `${connected} of ${total} groups connected`}
    </p>
  );
}

type Props = {
  title: string;
  meetingId: string;
  groupCount: number;
  facilitatorKey: string;
  onShowCodes(): void;
};

export function MeetingHeader({
  title,
  meetingId,
  groupCount,
  facilitatorKey,
  onShowCodes,
}: Props) {
  return (
    <header className="board-header meeting-header">
      <div className="board-title meeting-title">
        <h1>{title}</h1>
        <span className="meeting-count">{groupsText(groupCount)}</span>
        <ConnectionSummary total={groupCount} />
      </div>
      <div className="toolbar">
        <button type="button" aria-haspopup="dialog" onClick={onShowCodes}>
          Show join codes
        </button>
        <ResultsExportMenu meetingId={meetingId} facilitatorKey={facilitatorKey} />
      </div>
    </header>
  );
}
