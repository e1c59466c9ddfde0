import { compareSnapshots, type Snapshot } from "@roundtable/shared";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { type ChangeSection, changeLines } from "./changeLines";

export type Compared = { name: string; createdAt: string; snapshot: Snapshot };

function Section({ section }: { section: ChangeSection }) {
  const headingId = useId();
  return (
    <section className="change-section" aria-labelledby={headingId}>
      <h3>
        <span id={headingId}>{section.title}</span>{" "}
        <span className="change-count">{section.lines.length}</span>
      </h3>
      {section.lines.length === 0 ? (
        <p className="muted">{section.none}</p>
      ) : (
        <ul>
          {section.lines.map((line) => (
            <li key={line.id}>{line.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What changed between two snapshots of one board, the earlier one first whichever was opened:
 * new notes, notes moved between priorities, removed notes and changed vote totals.
 */
export function CompareView({ one, other }: { one: Compared; other: Compared }) {
  const { t, i18n } = useTranslation("snapshot");
  const [before, after] = one.createdAt <= other.createdAt ? [one, other] : [other, one];
  // The sections' words are made here: a language switch makes them again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `i18n.language` stands for the words
  const sections = useMemo(
    () => changeLines(compareSnapshots(before.snapshot, after.snapshot)),
    [before, after, i18n.language],
  );
  const headingId = useId();
  return (
    <section className="compare-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("compare.heading", { before: before.name, after: after.name })}</h2>
      <div className="change-sections">
        {sections.map((section) => (
          <Section key={section.title} section={section} />
        ))}
      </div>
    </section>
  );
}
