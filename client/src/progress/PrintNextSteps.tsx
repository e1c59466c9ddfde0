import type { Snapshot } from "@roundtable/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { formatDue } from "./dates";
import { printGlossary, printSteps } from "./printSteps";

/**
 * The printable page's "Next steps": a page of its own after the priorities, a table of what,
 * who, by when, how we'll know, done, and the note or cluster each is for. Nothing when the
 * board has no next steps.
 */
export function PrintNextSteps({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslation("progress");
  const headingId = useId();
  const steps = printSteps(snapshot);
  if (steps.length === 0) return null;
  return (
    <section className="print-steps" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("print.nextSteps")}</h2>
      <table className="print-steps-table">
        <thead>
          <tr>
            <th scope="col">{t("print.column.what")}</th>
            <th scope="col">{t("print.column.who")}</th>
            <th scope="col">{t("print.column.due")}</th>
            <th scope="col">{t("print.column.measure")}</th>
            <th scope="col">{t("print.column.done")}</th>
            <th scope="col">{t("print.column.item")}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, index) => (
            <tr key={step.id || index}>
              <td dir="auto">{step.text}</td>
              <td dir="auto">{step.owner}</td>
              <td>{formatDue(step.due)}</td>
              <td dir="auto">{step.measure}</td>
              <td>{step.done ? t("print.isDone") : ""}</td>
              <td dir="auto">{step.itemText ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The printable page's "Glossary": each defined term and its meaning; nothing without one. */
export function PrintGlossary({ snapshot }: { snapshot: Snapshot }) {
  const { t } = useTranslation("progress");
  const headingId = useId();
  const terms = printGlossary(snapshot);
  if (terms.length === 0) return null;
  return (
    <section className="print-glossary" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("print.glossary")}</h2>
      <dl>
        {terms.map(({ term, meaning }) => (
          <div key={term} className="print-term">
            <dt dir="auto">{term}</dt>
            <dd dir="auto">{meaning}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
