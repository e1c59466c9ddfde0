import { useTranslation } from "react-i18next";
import { type BoardStore, useBoardStore } from "../../state/boardStore";

type Person = BoardStore["people"][number];

/**
 * How many people the header shows by name. A room of forty would otherwise fill the projected
 * header with name pills and push the board down; the rest are one click away.
 */
const SHOWN = 7;

function PersonPill({ person }: { person: Person }) {
  const { t } = useTranslation("header");
  return (
    <li style={{ borderColor: person.color }}>
      <span className="person-dot" style={{ background: person.color }} aria-hidden="true" />
      {person.name}
      {person.isSelf && <span className="muted"> {t("people.you")}</span>}
    </li>
  );
}

/** Who is here right now, each in their own colour; oneself first, and the rest folded away. */
export function People() {
  const { t } = useTranslation("header");
  const people = useBoardStore((s) => s.people);
  const ordered = [...people.filter((p) => p.isSelf), ...people.filter((p) => !p.isSelf)];
  const shown = ordered.slice(0, SHOWN);
  const more = ordered.slice(SHOWN);
  return (
    <ul className="people" aria-label={t("people.list")}>
      {shown.map((person) => (
        <PersonPill key={person.id} person={person} />
      ))}
      {more.length > 0 && (
        <li className="people-more">
          <details>
            <summary>{t("people.more", { count: more.length })}</summary>
            <ul className="people people-overflow" aria-label={t("people.moreList")}>
              {more.map((person) => (
                <PersonPill key={person.id} person={person} />
              ))}
            </ul>
          </details>
        </li>
      )}
    </ul>
  );
}
