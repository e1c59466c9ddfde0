import { isVoteBudget, MAX_SUBTITLE, MAX_VOTE_BUDGET } from "@roundtable/shared";
import { useId, useState } from "react";
import { problemText } from "../state/http";
import {
  changeTemplate,
  type MeetingTemplate,
  type TemplateLane,
  templateChange,
} from "../state/meetings";
import { CheckField, NumberField } from "../ui/Fields";

/** How the form names each lane's boxes: "Second priority title", "Inbox subtitle". */
const LANE_NAMES: Readonly<Record<string, string>> = {
  inbox: "Inbox",
  p1: "First priority",
  p2: "Second priority",
  p3: "Third priority",
  p4: "Fourth priority",
};

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
  const name = LANE_NAMES[lane.id] ?? lane.title;
  return (
    <div className="template-lane">
      <label>
        {name} title
        <input
          value={lane.title}
          maxLength={MAX_LANE_TITLE}
          aria-invalid={lane.title.trim() === ""}
          onChange={(event) => onChange({ ...lane, title: event.target.value })}
        />
      </label>
      <label>
        {name} subtitle
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
      setSaid({ kind: "problem", text: "Every lane needs a title." });
      return;
    }
    if (!isVoteBudget(votes)) {
      setSaid({
        kind: "problem",
        text: `Votes per person is a whole number from 1 to ${MAX_VOTE_BUDGET}.`,
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
      setSaid({ kind: "done", text: "Nothing to apply: every group has this template already." });
      return;
    }
    setBusy(true);
    setSaid(null);
    try {
      const answer = await changeTemplate(meetingId, facilitatorKey, change);
      const count = answer.groups ?? groupCount;
      setApplied(answer.template);
      setLanes(answer.template.lanes);
      setSaid({ kind: "done", text: `Applied to ${count} ${count === 1 ? "group" : "groups"}.` });
    } catch (error) {
      setSaid({ kind: "problem", text: `Not applied: ${problemText(error)}` });
    } finally {
      setBusy(false);
    }
  }

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
      <h2 id={headingId}>Template for all groups</h2>
      <p className="muted">
        Lane names and votes for every group's board. Applying changes the boards at once, also on
        the laptops that have them open.
      </p>
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
          label="Votes per person"
          min={1}
          max={MAX_VOTE_BUDGET}
          step={1}
          value={budget}
          invalid={!isVoteBudget(Number(budget))}
          onChange={setBudget}
        />
        <CheckField label="Per priority" checked={perLane} onChange={setPerLane} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Applying…" : "Apply to all groups"}
        </button>
      </div>
      <p role="status" className="template-done">
        {said?.kind === "done" ? said.text : ""}
      </p>
      {said?.kind === "problem" && (
        <p role="alert" className="error">
          {said.text}
        </p>
      )}
    </form>
  );
}
