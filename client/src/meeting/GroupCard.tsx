import { PHASE_NAMES } from "@roundtable/shared";
import { useId, useMemo } from "react";
import {
  type GroupLive,
  initialGroup,
  meetingServerNow,
  useMeetingStore,
} from "../state/meetingStore";
import type { MeetingGroup } from "../state/meetings";
import { formatClock } from "../ui/clock";
import { CONNECTION_LABELS } from "../ui/StatusBadge";
import { useTimeLeft } from "../ui/useTimeLeft";
import { CountList } from "./GroupCounts";
import { notesPerPerson } from "./groupPeople";

function notesText(count: number): string {
  return `${count} ${count === 1 ? "note" : "notes"}`;
}

function GroupTimer({ name, live }: { name: string; live: GroupLive }) {
  const left = useTimeLeft(live.timer, meetingServerNow);
  if (left === null) return null;
  return (
    <span
      role="timer"
      aria-label={`Time left in ${name}`}
      className={left === 0 ? "clock clock-over" : "clock"}
    >
      {formatClock(left)}
    </span>
  );
}

function GroupFacts({ group, live }: { group: MeetingGroup; live: GroupLive }) {
  return (
    <div className="group-facts">
      <span className="group-phase">
        {live.ready ? PHASE_NAMES[live.phase] : "…"}
        <span className="visually-hidden"> phase</span>
      </span>
      <span className={live.locked ? "lock-badge" : "open-badge"}>
        {live.locked ? "Locked" : "Open"}
      </span>
      <span className="group-total">{notesText(live.total)}</span>
      <GroupTimer name={group.name} live={live} />
    </div>
  );
}

function GroupStatus({ live }: { live: GroupLive }) {
  return (
    <p role="status" className={`status status-${live.status}`}>
      <span className="status-dot" aria-hidden="true" />
      {CONNECTION_LABELS[live.status]}
      {live.refusal ? ` · ${live.refusal}` : ` · ${live.present.length} here now`}
    </p>
  );
}

function People({ live }: { live: GroupLive }) {
  const people = useMemo(
    () => notesPerPerson(live.roster, live.present, live.byAuthor),
    [live.roster, live.present, live.byAuthor],
  );
  if (people.length === 0) return <p className="muted group-empty">Nobody has joined yet.</p>;
  return (
    <CountList
      name="Notes per person"
      rows={people.map((person) => ({
        key: person.id || "anonymous",
        label: person.name,
        count: person.notes,
        className: person.online ? "online" : undefined,
      }))}
    />
  );
}

/**
 * One group at a glance, live: its phase, lock and timer, how many notes each priority and each
 * person has, the newest notes, and the way into its board as facilitator.
 */
export function GroupCard({
  group,
  facilitatorKey,
}: {
  group: MeetingGroup;
  facilitatorKey: string;
}) {
  const live = useMeetingStore((s) => s.groups[group.boardId]) ?? initialGroup;
  const headingId = useId();
  const boardUrl = `/b/${encodeURIComponent(group.boardId)}#key=${encodeURIComponent(facilitatorKey)}`;
  return (
    <section className="group-card" aria-labelledby={headingId}>
      <header className="group-card-head">
        <h2 id={headingId} dir="auto">
          {group.name}
        </h2>
        <p className="group-code">
          Code <strong className="join-code">{group.joinCode}</strong>
        </p>
      </header>
      <GroupFacts group={group} live={live} />
      <div className="group-columns">
        <div>
          <h3>Priorities</h3>
          <CountList
            name="Notes per priority"
            rows={live.lanes.map((lane) => ({
              key: lane.id,
              label: lane.title,
              count: lane.count,
            }))}
          />
        </div>
        <div className="group-people">
          <h3>People</h3>
          <People live={live} />
        </div>
      </div>
      <h3>Latest notes</h3>
      {live.latest.length > 0 ? (
        <ul className="latest-notes" aria-label="Latest notes">
          {live.latest.map((note) => (
            <li key={note.id} dir="auto">
              {note.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted group-empty">No notes yet.</p>
      )}
      <footer className="group-card-foot">
        <GroupStatus live={live} />
        <a href={boardUrl} target="_blank" rel="noopener">
          Open {group.name} board
        </a>
      </footer>
    </section>
  );
}
