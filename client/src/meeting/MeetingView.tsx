import { useEffect, useState } from "react";
import { joinAddress } from "../join/joinAddress";
import type { Meeting } from "../state/meetings";
import { openMeeting } from "../state/openMeeting";
import { Notices } from "../ui/Notices";
import { Agenda } from "./Agenda";
import { GroupCard } from "./GroupCard";
import { JoinPanel } from "./JoinPanel";
import { JoinScreen } from "./JoinScreen";
import { MeetingControls } from "./MeetingControls";
import { MeetingHeader } from "./MeetingHeader";
import { TemplateEditor } from "./TemplateEditor";
import "./meeting.css";

/**
 * The facilitator's meeting: every group live side by side, the controls that act on all of
 * them, the join codes, the agenda and the template.
 */
export function MeetingView({
  meeting,
  facilitatorKey,
}: {
  meeting: Meeting;
  facilitatorKey: string;
}) {
  const [showCodes, setShowCodes] = useState(false);
  const { groups } = meeting;
  const address = joinAddress(meeting, window.location.origin);

  useEffect(() => {
    document.title = `${meeting.title} · Roundtable`;
  }, [meeting.title]);
  // The groups of a meeting never change: open them once for this page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `meeting.id` stands for its groups
  useEffect(() => openMeeting(groups, facilitatorKey), [meeting.id, facilitatorKey]);

  return (
    <div className={groups.length > 6 ? "meeting many-groups" : "meeting"}>
      <MeetingHeader
        title={meeting.title}
        meetingId={meeting.id}
        groupCount={groups.length}
        facilitatorKey={facilitatorKey}
        onShowCodes={() => setShowCodes(true)}
      />
      <MeetingControls />
      {meeting.agenda.length > 0 && <Agenda items={meeting.agenda} />}
      <main className="meeting-main">
        <div className="group-grid">
          {groups.map((group) => (
            <GroupCard key={group.boardId} group={group} facilitatorKey={facilitatorKey} />
          ))}
        </div>
        <div className="meeting-setup">
          <JoinPanel groups={groups} address={address} />
          <TemplateEditor
            meetingId={meeting.id}
            facilitatorKey={facilitatorKey}
            template={meeting.template}
            groupCount={groups.length}
          />
        </div>
      </main>
      <JoinScreen
        open={showCodes}
        onClose={() => setShowCodes(false)}
        groups={groups}
        address={address}
      />
      <Notices />
    </div>
  );
}
