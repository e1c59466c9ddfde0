import { isVoteBudget, MAX_SUBTITLE, MAX_VOTE_BUDGET } from "@roundtable/shared";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemText } from "../state/http";
import {
  changeTemplate,
  type MeetingTemplate,
  type TemplateLane,
  templateChange,
} from "../state/meetings";
import { CheckField, NumberField } from "../ui/Fields";

/** The lanes the form names by their place ("Second priority title"); others by their title. */
const NAMED_LANES = ["inbox", "p1", "p2", "p3", "p4"] as const;

function isNamedLane(id: string): id is (typeof NAMED_LANES)[number] {
  return (NAMED_LANES as readonly string[]).includes(id);
}

/** Lane titles stay short enough for a column heading. */
const MAX_LANE_TITLE = 80;

type Said = { kind: "done" | "problem"; text: string } | null;

function LaneFields({
  lane,
  onChange,
}: {
  lane: TemplateLane;
  onChange(lane: TemplateLane): void;
}) {
  const { t } = useTranslation("meeting");
  const id = lane.id;
  const name = { name: lane.title };
  return (
    <div className="template-lane">
      <label>
        {isNamedLane(id) ? t(`template.lanes.${id}.title`) : t("template.otherLane.title", name)}
        <input
          value={lane.title}
          maxLength={MAX_LANE_TITLE}
          aria-invalid={lane.title.trim() === ""}
          onChange={(event) => onChange({ ...lane, title: event.target.value })}
        />
      </label>
      <label>
        {isNamedLane(id)
          ? t(`template.lanes.${id}.subtitle`)
          : t("template.otherLane.subtitle", name)}
        <input
          value={lane.subtitle}
          maxLength={MAX_SUBTITLE}
          onChange={(event) => onChange({ ...lane, subtitle: event.target.value })}
        />
      </label>
    </div>
  );
}

type Props = {
  meetingId: string;
  facilitatorKey: string;
  template: MeetingTemplate;
  groupCount: number;
};

/**
 * The lanes and the vote budget every group's board uses. Applying renames the lanes on every
 * board at once, on every laptop that has one open.
 */
export function TemplateEditor({ meetingId, facilitatorKey, template, groupCount }: Props) {
  const { t } = useTranslation("meeting");
  /** What the groups have now, as far as this page knows: the last template applied. */
  const [applied, setApplied] = useState(template);
  const [lanes, setLanes] = useState(template.lanes);
  const [budget, setBudget] = useState(String(template.votes.budget));
  const [perLane, setPerLane] = useState(template.votes.perLane);
  const [said, setSaid] = useState<Said>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  async function apply() {
    const votes = Number(budget);
    if (lanes.some((lane) => lane.title.trim() === "")) {
      setSaid({ kind: "problem", text: t("template.needsTitle") });
      return;
    }
    if (!isVoteBudget(votes)) {
      setSaid({
        kind: "problem",
        text: t("template.budgetRange", { max: MAX_VOTE_BUDGET }),
      });
      return;
    }
    const wanted: MeetingTemplate = {
      lanes: lanes.map((lane) => ({
        ...lane,
        title: lane.title.trim(),
        subtitle: lane.subtitle.trim(),
      })),
      votes: { budget: votes, perLane },
    };
    const change = templateChange(applied, wanted);
    if (!change) {
      setSaid({ kind: "done", text: t("template.nothingToApply") });
      return;
    }
    setBusy(true);
    setSaid(null);
    try {
      const answer = await changeTemplate(meetingId, facilitatorKey, change);
      const count = answer.groups ?? groupCount;
      setApplied(answer.template);
      setLanes(answer.template.lanes);
      setSaid({ kind: "done", text: t("template.applied", { count }) });
    } catch (error) {
      setSaid({ kind: "problem", text: t("template.notApplied", { problem: problemText(error) }) });
    } finally {
      setBusy(false);
    }
  }

  const problem = said?.kind === "problem" ? said.text : null;
  return (
    <form
      className="meeting-panel template-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void apply();
      }}
    >
      <h2 id={headingId}>{t("template.heading")}</h2>
      <p className="muted">{t("template.intro")}</p>
      <div className="template-lanes">
        {lanes.map((lane, index) => (
          <LaneFields
            key={lane.id}
            lane={lane}
            onChange={(next) => setLanes(lanes.map((old, i) => (i === index ? next : old)))}
          />
        ))}
      </div>
      <div className="template-votes">
        <NumberField
          label={t("template.votesPerPerson")}
          min={1}
          max={MAX_VOTE_BUDGET}
          step={1}
          value={budget}
          invalid={!isVoteBudget(Number(budget))}
          onChange={setBudget}
        />
        <CheckField label={t("template.perPriority")} checked={perLane} onChange={setPerLane} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t("template.applying") : t("template.apply")}
        </button>
      </div>
      <p role="status" className="template-done">
        {said?.kind === "done" ? said.text : ""}
      </p>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </form>
  );
}
