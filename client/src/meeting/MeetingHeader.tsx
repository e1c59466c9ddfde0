import { useTranslation } from "react-i18next";
import { LanguageMenu } from "../i18n/LanguageMenu";
import { useMeetingStore } from "../state/meetingStore";
import { ResultsExportMenu } from "./ResultsExportMenu";

/** How many groups this page is connected to, when not all of them. */
function ConnectionSummary({ total }: { total: number }) {
  const { t } = useTranslation("meeting");
  const connected = useMeetingStore(
    (s) => Object.values(s.groups).filter((group) => group.status === "connected").length,
  );
  const all = connected === total;
  return (
    <p className={all ? "status status-connected" : "status status-reconnecting"}>
      <span className="status-dot" aria-hidden="true" />
      {all ? t("header.allConnected") : t("header.someConnected", { connected, count: total })}
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
  const { t } = useTranslation("meeting");
  return (
    <header className="board-header meeting-header">
      <div className="board-title meeting-title">
        <h1>{title}</h1>
        <span className="meeting-count">{t("header.groups", { count: groupCount })}</span>
        <ConnectionSummary total={groupCount} />
      </div>
      <div className="toolbar">
        <button type="button" aria-haspopup="dialog" onClick={onShowCodes}>
          {t("header.showJoinCodes")}
        </button>
        <ResultsExportMenu meetingId={meetingId} facilitatorKey={facilitatorKey} />
        <LanguageMenu />
      </div>
    </header>
  );
}
