import { useEffect, useId, useMemo, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { useBoardStore } from "../../state/boardStore";
import { participation } from "../../state/participation";
import { selectNotesByAuthor } from "../../state/selectors";
import { useControl, useNoteCountsByLane } from "../../state/useFacilitation";
import { useVotingShown, VotingProgressPanel } from "./VotingProgressPanel";

/**
 * Who is here and who has written how much, so the facilitator sees who has not spoken; while
 * voting (and in Review) first who has voted and what each has left.
 */
function PanelBody() {
  const { t } = useTranslation("header");
  const roster = useControl((c) => c.people);
  const present = useBoardStore((s) => s.people);
  const byAuthor = useBoardStore(selectNotesByAuthor);
  const lanes = useNoteCountsByLane();
  const people = useMemo(
    () => participation(roster, present, byAuthor),
    [roster, present, byAuthor],
  );
  const silent = people.filter((person) => person.notes === 0).length;
  const voting = useVotingShown();
  return (
    <>
      {voting && <VotingProgressPanel />}
      <h3>{t("panel.people")}</h3>
      <p className="muted">
        {t("panel.hereNow", { count: present.length })} · {t("panel.silent", { count: silent })}
      </p>
      <ul className="participation">
        {people.map((person) => (
          <li key={person.id} className={person.notes === 0 ? "silent" : undefined}>
            <span className={person.online ? "online-dot" : "online-dot away"} aria-hidden="true" />
            <span className="participation-name">
              {person.name}
              <span className="visually-hidden">
                {` ${person.online ? t("panel.online") : t("panel.away")}: `}
              </span>
            </span>
            <span className="participation-count">
              {person.notes === 0
                ? t("panel.notWritten")
                : t("panel.notes", { count: person.notes })}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t("panel.perPriority")}</h3>
      <ul className="lane-totals">
        {lanes.map((lane) => (
          <li key={lane.id}>
            <span>
              {lane.title}
              <span className="visually-hidden">:</span>
            </span>
            <span className="participation-count">{t("panel.notes", { count: lane.count })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The facilitator's side panel, opened by a button in the header and placed at the page's top
 * level so it is its own landmark. Escape or Close shuts it and gives the focus back.
 */
export function FacilitatorPanel() {
  const { t } = useTranslation("header");
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) close.current?.focus();
    else if (wasOpen.current) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t("panel.button")}
      </button>
      {open &&
        createPortal(
          <aside
            id={panelId}
            className="facilitator-panel"
            aria-labelledby={headingId}
            onKeyDown={(event) => {
              if (event.key === "Escape") setOpen(false);
            }}
          >
            <div className="panel-heading">
              <h2 id={headingId}>{t("panel.heading")}</h2>
              <button
                ref={close}
                type="button"
                aria-label={t("panel.closeLabel")}
                onClick={() => setOpen(false)}
              >
                {t("panel.close")}
              </button>
            </div>
            <PanelBody />
          </aside>,
          document.body,
        )}
    </>
  );
}
