import { localDay } from "@roundtable/shared";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoardStore } from "../../state/boardStore";
import { clusterName, noteName } from "../../state/clusterNames";
import { useStepsStore } from "../../state/stepsStore";
import { usePermissions } from "../../state/useFacilitation";
import { openAddStep } from "./addStepTarget";
import { StepRow } from "./StepRow";
import {
  filterSteps,
  groupStepsByItem,
  itemsInRoomOrder,
  type OwnerFilter,
  ownerKey,
  STATUS_FILTERS,
  type StatusFilter,
  type StepGroup,
  statusCounts,
  stepOwners,
} from "./stepView";
import { useMayAddSteps } from "./useSteps";

const PERSON = "person:";

function ownerValue(owner: OwnerFilter): string {
  return owner.kind === "person" ? `${PERSON}${owner.name}` : owner.kind;
}

function ownerFrom(value: string): OwnerFilter {
  if (value.startsWith(PERSON)) return { kind: "person", name: value.slice(PERSON.length) };
  return value === "nobody" ? { kind: "nobody" } : { kind: "anyone" };
}

/** The note's text or the cluster's title a group of steps follows from. */
function useGroupTitle(): (group: StepGroup<unknown>) => string {
  const { t } = useTranslation(["steps", "board"]);
  const notes = useBoardStore((s) => s.notes);
  const clusters = useBoardStore((s) => s.clusters);
  return (group) => {
    if (group.kind !== "item") return group.kind === "board" ? t("panel.board") : t("panel.gone");
    const cluster = clusters[group.item];
    if (cluster) return t("board:cluster.name", { name: clusterName(cluster.title) });
    return t("panel.note", { name: noteName(notes[group.item]?.text ?? "") });
  };
}

/** Every note and cluster in the room's order, followed while the panel is open. */
function useRoomOrder(): string[] {
  const lanes = useBoardStore((s) => s.lanes);
  const clusterIdsByLane = useBoardStore((s) => s.clusterIdsByLane);
  const noteIdsByCluster = useBoardStore((s) => s.noteIdsByCluster);
  const looseNoteIdsByLane = useBoardStore((s) => s.looseNoteIdsByLane);
  return useMemo(
    () => itemsInRoomOrder({ lanes, clusterIdsByLane, noteIdsByCluster, looseNoteIdsByLane }),
    [lanes, clusterIdsByLane, noteIdsByCluster, looseNoteIdsByLane],
  );
}

/**
 * The "Next steps" panel's contents: filters by state and by person, then every step the
 * filters keep, under the note or cluster it follows from in the room's order.
 */
export function StepsPanel() {
  const { t } = useTranslation("steps");
  const steps = useStepsStore((s) => s.steps);
  const order = useRoomOrder();
  const titleOf = useGroupTitle();
  const { edit } = usePermissions();
  const mayAdd = useMayAddSteps();
  const [status, setStatus] = useState<StatusFilter>("all");
  const [chosenOwner, setOwner] = useState<OwnerFilter>({ kind: "anyone" });
  const [said, setSaid] = useState("");
  // Steps changed here stay in view, and the focus with them, until the filters change.
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const keep = (id: string) => setKept((before) => new Set(before).add(id));
  const today = localDay();
  const owners = useMemo(() => stepOwners(steps), [steps]);
  // A person no step names any more (their steps edited away) falls back to everyone.
  const owner =
    chosenOwner.kind === "person" &&
    !owners.some((name) => ownerKey(name) === ownerKey(chosenOwner.name))
      ? ({ kind: "anyone" } as const)
      : chosenOwner;
  const counts = statusCounts(steps, today);
  const shown = filterSteps(steps, { status, owner }, today, kept);
  const groups = groupStepsByItem(shown, order);

  return (
    <div className="steps-panel-body">
      <fieldset className="steps-filters">
        <legend className="visually-hidden">{t("panel.filters")}</legend>
        <label>
          {t("panel.show")}
          <select
            data-autofocus
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as StatusFilter);
              setKept(new Set());
            }}
          >
            {STATUS_FILTERS.map((option) => (
              <option key={option} value={option}>
                {t(`panel.status.${option}`, { n: counts[option] })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("panel.person")}
          <select
            value={ownerValue(owner)}
            onChange={(event) => {
              setOwner(ownerFrom(event.target.value));
              setKept(new Set());
            }}
          >
            <option value="anyone">{t("panel.anyone")}</option>
            <option value="nobody">{t("panel.nobody")}</option>
            {owners.map((name) => (
              <option key={name} value={`${PERSON}${name}`}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {mayAdd && (
        <div className="dialog-actions">
          <button type="button" onClick={() => openAddStep({ item: "", name: "" })}>
            {t("add.forBoard")}
          </button>
        </div>
      )}
      <p className="muted" aria-live="polite">
        {steps.length === 0
          ? t("panel.none")
          : shown.length === 0
            ? t("panel.noneMatch")
            : t("panel.showing", { shown: shown.length, count: steps.length })}
      </p>
      {groups.map((group) => (
        <section key={group.kind === "item" ? group.item : group.kind} className="steps-group">
          <h3 dir="auto">{titleOf(group)}</h3>
          <ul className="step-rows">
            {group.steps.map((step) => (
              <StepRow
                key={step.id}
                step={step}
                today={today}
                edit={edit}
                say={setSaid}
                onChanged={keep}
              />
            ))}
          </ul>
        </section>
      ))}
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
