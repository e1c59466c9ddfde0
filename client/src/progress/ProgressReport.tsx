import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../i18n/format";
import { formatDue } from "./dates";
import type { ItemRef, MovedRef, Progress, StepRef } from "./progress";
import { SeriesSection } from "./SeriesSection";

/** A titled list with its count; "None." when empty. */
function CountedList<T>({
  heading,
  items,
  empty,
  render,
}: {
  heading: string;
  items: readonly T[];
  empty: string;
  render: (item: T) => ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="progress-list">
      <h4 id={headingId}>
        {heading} <span className="count-badge">({formatNumber(items.length)})</span>
      </h4>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {items.map((item, index) => (
            // Texts may repeat (two notes alike); their place keeps them apart.
            // biome-ignore lint/suspicious/noArrayIndexKey: the lists never reorder while shown
            <li key={index}>{render(item)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ItemText({ text }: { text: string }) {
  return (
    <span className="progress-text" dir="auto">
      {text}
    </span>
  );
}

/** What a step is, who does it, by when. */
function StepLine({ step }: { step: StepRef }) {
  const { t } = useTranslation("progress");
  const details = [
    step.owner.trim() && t("steps.who", { owner: step.owner.trim() }),
    formatDue(step.due) && t("steps.due", { date: formatDue(step.due) }),
  ].filter(Boolean);
  return (
    <>
      <ItemText text={step.text} />
      {details.length > 0 && <span className="muted"> · {details.join(" · ")}</span>}
    </>
  );
}

function StepsSection({ steps }: { steps: Progress["steps"] }) {
  const { t } = useTranslation("progress");
  const none = steps.done.length + steps.open.length + steps.overdue.length === 0;
  const line = (step: StepRef) => <StepLine step={step} />;
  return (
    <section className="progress-section">
      <h3>{t("steps.heading")}</h3>
      {none ? (
        <p className="muted">{t("steps.noneCarried")}</p>
      ) : (
        <div className="progress-columns">
          <CountedList
            heading={t("steps.done")}
            items={steps.done}
            empty={t("steps.none")}
            render={line}
          />
          <CountedList
            heading={t("steps.open")}
            items={steps.open}
            empty={t("steps.none")}
            render={line}
          />
          <CountedList
            heading={t("steps.overdue")}
            items={steps.overdue}
            empty={t("steps.none")}
            render={line}
          />
        </div>
      )}
    </section>
  );
}

function PrioritiesSection({ priorities }: { priorities: Progress["priorities"] }) {
  const { t } = useTranslation("progress");
  const up = priorities.moved.filter((item) => item.direction === "up");
  const down = priorities.moved.filter((item) => item.direction === "down");
  const same = priorities.new.length + priorities.moved.length + priorities.dropped.length === 0;
  const inLane = (item: ItemRef) => (
    <>
      <ItemText text={item.text} />{" "}
      <span className="muted">{t("priorities.inLane", { lane: item.lane })}</span>
    </>
  );
  const moved = (item: MovedRef) => (
    <>
      <ItemText text={item.text} />{" "}
      <span className="muted">{t("priorities.moved", { from: item.from, to: item.to })}</span>
    </>
  );
  const wasIn = (item: ItemRef) => (
    <>
      <ItemText text={item.text} />{" "}
      <span className="muted">{t("priorities.wasIn", { lane: item.lane })}</span>
    </>
  );
  const none = t("priorities.none");
  return (
    <section className="progress-section">
      <h3>{t("priorities.heading")}</h3>
      {same ? (
        <p className="muted">{t("priorities.same")}</p>
      ) : (
        <div className="progress-columns">
          <CountedList
            heading={t("priorities.new")}
            items={priorities.new}
            empty={none}
            render={inLane}
          />
          <CountedList heading={t("priorities.movedUp")} items={up} empty={none} render={moved} />
          <CountedList
            heading={t("priorities.movedDown")}
            items={down}
            empty={none}
            render={moved}
          />
          <CountedList
            heading={t("priorities.dropped")}
            items={priorities.dropped}
            empty={none}
            render={wasIn}
          />
        </div>
      )}
    </section>
  );
}

function VotesSection({ votes }: { votes: Progress["votes"] }) {
  const { t } = useTranslation("progress");
  const number = (value: number | null) => (value === null ? "—" : formatNumber(value));
  return (
    <section className="progress-section">
      <h3>{t("votes.heading")}</h3>
      {votes.length === 0 ? (
        <p className="muted">{t("votes.none")}</p>
      ) : (
        <ul className="progress-plain">
          {votes.map((change, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders while shown
            <li key={index}>
              <ItemText text={change.text} />{" "}
              <span className="muted">
                {t("votes.change", { before: number(change.before), after: number(change.after) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What changed since the board this one continues, and the series so far. */
export function ProgressReport({ progress }: { progress: Progress }) {
  const { t } = useTranslation(["progress", "shared"]);
  const earlier = progress.continues?.title.trim() || t("shared:board.untitled");
  return (
    <div className="progress-report">
      <p className="field-hint">{t("sinceLastTime.comparedWith", { title: earlier })}</p>
      <StepsSection steps={progress.steps} />
      <PrioritiesSection priorities={progress.priorities} />
      <VotesSection votes={progress.votes} />
      <SeriesSection series={progress.series} />
    </div>
  );
}
