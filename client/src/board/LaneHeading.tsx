import type { Lane } from "@roundtable/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { renameLane } from "../state/actions";
import { usePermissions } from "../state/useFacilitation";
import { NoteCount } from "../ui/NoteCount";

/** A lane's title and subtitle; the facilitator can rename them. */
export function LaneHeading({
  lane,
  headingId,
  count,
}: {
  lane: Lane;
  headingId: string;
  count: number;
}) {
  const { rename } = usePermissions();
  const { t } = useTranslation("board");
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(lane.title);
  const [subtitle, setSubtitle] = useState(lane.subtitle);
  const titleBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) titleBox.current?.focus();
  }, [editing]);

  if (editing) {
    return (
      <form
        className="lane-rename"
        onSubmit={(event) => {
          event.preventDefault();
          if (title.trim()) renameLane(lane.id, { title, subtitle });
          setEditing(false);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") setEditing(false);
        }}
      >
        <h2 id={headingId} className="visually-hidden">
          {lane.title}
        </h2>
        <label>
          {t("lane.title")}
          <input
            ref={titleBox}
            dir="auto"
            value={title}
            maxLength={80}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <label>
          {t("lane.subtitle")}
          <input
            dir="auto"
            value={subtitle}
            maxLength={200}
            onChange={(e) => setSubtitle(e.target.value)}
          />
        </label>
        <button type="submit">{t("lane.save")}</button>
      </form>
    );
  }
  return (
    <header className="lane-heading">
      <h2 id={headingId} dir="auto">
        {lane.title}
      </h2>
      <NoteCount count={count} className="lane-count" />
      {rename && (
        <button
          type="button"
          className="quiet"
          aria-label={t("lane.rename", { lane: lane.title })}
          onClick={() => {
            setTitle(lane.title);
            setSubtitle(lane.subtitle);
            setEditing(true);
          }}
        >
          ✎
        </button>
      )}
      {lane.subtitle && <p className="lane-subtitle">{lane.subtitle}</p>}
    </header>
  );
}
