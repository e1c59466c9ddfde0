import { useTranslation } from "react-i18next";
import { MeetingView } from "./meeting/MeetingView";
import { OpeningPage, ProblemPage } from "./pageParts";
import { readFacilitatorKey } from "./state/facilitatorKey";
import { fetchMeeting } from "./state/meetings";
import { useFetched } from "./state/useFetched";

/** `/m/:id#key=…`: the facilitator's page for all the groups of a meeting. */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation("common");
  const key = readFacilitatorKey(window.location.hash);
  const meeting = useFetched(`meeting:${meetingId}`, () => fetchMeeting(meetingId));
  if (!key) {
    return (
      <ProblemPage>
        <p role="alert" className="error">
          {t("meetingPage.needsKey")}
        </p>
        <a href="/">{t("page.goToStart")}</a>
      </ProblemPage>
    );
  }
  if (meeting.state === "loading") return <OpeningPage what="meeting" />;
  if (meeting.state === "failed") {
    return (
      <ProblemPage>
        <p role="alert" className="error">
          {meeting.status === 404
            ? t("meetingPage.missing")
            : t("meetingPage.failed", { problem: meeting.message })}
        </p>
        <a href="/">{t("page.goToStart")}</a>
      </ProblemPage>
    );
  }
  return <MeetingView meeting={meeting.value} facilitatorKey={key} />;
}
