import { useId, useMemo } from "react";
import { Trans, useTranslation } from "react-i18next";
import {
  type GroupLive,
  initialGroup,
  meetingServerNow,
  useMeetingStore,
} from "../state/meetingStore";
import type { MeetingGroup } from "../state/meetings";
import { formatClock } from "../ui/clock";
import { useTimeLeft } from "../ui/useTimeLeft";
import { CountList } from "./GroupCounts";
import { notesPerPerson } from "./groupPeople";

function GroupTimer({ name, live }: { name: string; live: GroupLive }) {
  const { t } = useTranslation("meeting");
  const left = useTimeLeft(live.timer, meetingServerNow);
  if (left === null) return null;
  return (
    <span
      role="timer"
      aria-label={t("groupCard.timeLeft", { name })}
      className={left === 0 ? "clock clock-over" : "clock"}
    >
      {formatClock(left)}
    </span>
  );
}

function GroupFacts({ group, live }: { group: MeetingGroup; live: GroupLive }) {
  const { t } = useTranslation(["meeting", "common"]);
  return (
    <div className="group-facts">
      <span className="group-phase">
        <Trans
          t={t}
          i18nKey="groupCard.phase"
          values={{ phase: live.ready ? t(`common:phase.${live.phase}`) : "…" }}
          components={{ hidden: <span className="visually-hidden" /> }}
        />
      </span>
      <span className={live.locked ? "lock-badge" : "open-badge"}>
        {live.locked ? t("groupCard.locked") : t("groupCard.open")}
      </span>
      <span className="group-total">{t("groupCard.notes", { count: live.total })}</span>
      <GroupTimer name={group.name} live={live} />
    </div>
  );
}

function GroupStatus({ live }: { live: GroupLive }) {
  const { t } = useTranslation("meeting");
  return (
    <p role="status" className={`status status-${live.status}`}>
      <span className="status-dot" aria-hidden="true" />
      {t(`connection.${live.status}`)}
      {" · "}
      {live.refusal || t("groupCard.hereNow", { count: live.present.length })}
    </p>
  );
}

function People({ live }: { live: GroupLive }) {
  const { t } = useTranslation("meeting");
  const people = useMemo(
    () => notesPerPerson(live.roster, live.present, live.byAuthor),
    [live.roster, live.present, live.byAuthor],
  );
  if (people.length === 0) return <p className="muted group-empty">{t("groupCard.nobodyYet")}</p>;
  return (
    <CountList
      name={t("groupCard.notesPerPerson")}
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
  const { t } = useTranslation("meeting");
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
          {t("groupCard.code")} <strong className="join-code">{group.joinCode}</strong>
        </p>
      </header>
      <GroupFacts group={group} live={live} />
      <div className="group-columns">
        <div>
          <h3>{t("groupCard.priorities")}</h3>
          <CountList
            name={t("groupCard.notesPerPriority")}
            rows={live.lanes.map((lane) => ({
              key: lane.id,
              label: lane.title,
              count: lane.count,
            }))}
          />
        </div>
        <div className="group-people">
          <h3>{t("groupCard.people")}</h3>
          <People live={live} />
        </div>
      </div>
      <h3>{t("groupCard.latestNotes")}</h3>
      {live.latest.length > 0 ? (
        <ul className="latest-notes" aria-label={t("groupCard.latestNotes")}>
          {live.latest.map((note) => (
            <li key={note.id} dir="auto">
              {note.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted group-empty">{t("groupCard.noNotes")}</p>
      )}
      <footer className="group-card-foot">
        <GroupStatus live={live} />
        <a href={boardUrl} target="_blank" rel="noopener">
          {t("groupCard.openBoard", { name: group.name })}
        </a>
      </footer>
    </section>
  );
}
