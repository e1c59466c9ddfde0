import { MeetingView } from "./meeting/MeetingView";
import { OpeningPage, ProblemPage } from "./pageParts";
import { readFacilitatorKey } from "./state/facilitatorKey";
import { fetchMeeting } from "./state/meetings";
import { useFetched } from "./state/useFetched";

/** `/m/:id#key=…`: the facilitator's page for all the groups of a meeting. */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const key = readFacilitatorKey(window.location.hash);
  const meeting = useFetched(`meeting:${meetingId}`, () => fetchMeeting(meetingId));
  if (!key) {
    return (
      <ProblemPage>
        <p role="alert" className="error">
          This page is for the meeting's facilitator and needs the facilitator link, the one that
          ends in #key=…. Open that link, or join your group with its code.
        </p>
        <a href="/">Go to the start page</a>
      </ProblemPage>
    );
  }
  if (meeting.state === "loading") return <OpeningPage what="the meeting" />;
  if (meeting.state === "failed") {
    return (
      <ProblemPage>
        <p role="alert" className="error">
          {meeting.status === 404
            ? "This meeting does not exist. Check that the link was copied whole."
            : `The meeting cannot be shown. ${meeting.message}`}
        </p>
        <a href="/">Go to the start page</a>
      </ProblemPage>
    );
  }
  return <MeetingView meeting={meeting.value} facilitatorKey={key} />;
}
