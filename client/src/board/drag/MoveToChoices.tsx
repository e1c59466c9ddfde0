import { type KeyboardEvent, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBoardStore } from "../../state/boardStore";
import {
  dissolveCluster,
  groupNotes,
  joinCluster,
  leaveCluster,
  placeCluster,
  placeNote,
} from "../../state/clusterActions";
import type { MoveSubject } from "../../state/clusterUiStore";
import { type Destination, filterDestinations, moveDestinations } from "./moveDestinations";

/** Does what `choice` says for `subject`; returns the subject whose button gets the focus. */
function perform(subject: MoveSubject, choice: Destination): MoveSubject | null {
  const { id } = subject;
  switch (choice.kind) {
    case "lane":
      if (subject.kind === "cluster") placeCluster(id, { lane: choice.lane });
      else placeNote(id, { lane: choice.lane, cluster: null });
      return subject;
    case "cluster":
      joinCluster(id, choice.cluster);
      return subject;
    case "group":
      groupNotes(id, choice.note);
      return subject;
    case "out":
      leaveCluster(id);
      return subject;
    case "dissolve": {
      const first = useBoardStore.getState().noteIdsByCluster[id]?.[0];
      dissolveCluster(id);
      return first ? { kind: "note", id: first } : null;
    }
  }
}

const keyOf = (choice: Destination) =>
  choice.kind === "cluster" ? choice.cluster : choice.kind === "group" ? choice.note : choice.kind;

/** Up, Down, Home and End move between the dialog's choices (and from the filter to them). */
function moveFocus(event: KeyboardEvent<HTMLElement>, list: HTMLElement | null): void {
  const buttons = Array.from(list?.querySelectorAll<HTMLButtonElement>("button") ?? []);
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const to: Record<string, number> = {
    ArrowDown: at + 1,
    ArrowUp: at - 1,
    Home: 0,
    End: buttons.length - 1,
  };
  const index = to[event.key];
  if (index === undefined || buttons.length === 0) return;
  if (at === -1 && (event.key === "Home" || event.key === "End")) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, index))]?.focus();
}

/** The filter box and the list of destinations of the "Move to…" dialog. */
export function MoveToChoices({
  subject,
  onDone,
}: {
  subject: MoveSubject;
  onDone: (focusNext: MoveSubject | null) => void;
}) {
  const [filter, setFilter] = useState("");
  const { t, i18n } = useTranslation("board");
  const language = i18n.language;
  const list = useRef<HTMLDivElement>(null);
  const filterId = useId();
  const lanes = useBoardStore((s) => s.lanes);
  const notes = useBoardStore((s) => s.notes);
  const clusters = useBoardStore((s) => s.clusters);
  const clusterIdsByLane = useBoardStore((s) => s.clusterIdsByLane);
  const looseNoteIdsByLane = useBoardStore((s) => s.looseNoteIdsByLane);
  // The destinations' labels are made in the page's language: a switch makes them again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `language` changes the labels
  const all = useMemo(() => {
    const view = {
      ...useBoardStore.getState(),
      lanes,
      notes,
      clusters,
      clusterIdsByLane,
      looseNoteIdsByLane,
    };
    return moveDestinations(view, subject);
  }, [subject, lanes, notes, clusters, clusterIdsByLane, looseNoteIdsByLane, language]);
  const shown = filterDestinations(all, filter);

  const choose = (choice: Destination) => onDone(perform(subject, choice));
  const button = (choice: Destination, className: string) => (
    <button
      type="button"
      className={className}
      onClick={() => choose(choice)}
      onKeyDown={(event) => moveFocus(event, list.current)}
    >
      {choice.label}
    </button>
  );
  const empty = shown.first.length === 0 && shown.sections.length === 0;

  return (
    <>
      <label htmlFor={filterId} className="move-to-filter">
        {t("moveTo.find")}
      </label>
      <input
        id={filterId}
        type="search"
        className="move-to-filter"
        value={filter}
        autoComplete="off"
        onChange={(event) => setFilter(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") moveFocus(event, list.current);
        }}
      />
      <div ref={list} className="move-to-list">
        {shown.first.map((choice) => (
          <div key={choice.kind}>{button(choice, "move-to-special")}</div>
        ))}
        {shown.sections.map((section) => (
          <fieldset key={section.lane} aria-label={section.title} className="move-to-lane">
            {section.head ? (
              button(section.head, "move-to-head")
            ) : (
              <p className="move-to-head" aria-hidden="true">
                {section.title}
              </p>
            )}
            {section.items.length > 0 && (
              <ul>
                {section.items.map((choice) => (
                  <li key={keyOf(choice)}>{button(choice, "move-to-item")}</li>
                ))}
              </ul>
            )}
          </fieldset>
        ))}
        {empty && <p className="move-to-none">{t("moveTo.nothing", { filter })}</p>}
      </div>
    </>
  );
}
