import { undefinedAcronyms } from "@roundtable/shared";
import { type PropsWithChildren, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useControlStore } from "../../state/controlStore";
import { usePermissions } from "../../state/useFacilitation";
import { DefineTermDialog } from "./DefineTermDialog";
import { focusAfterDefine } from "./focusAfterDefine";
import { termsIn } from "./termsIn";
import { useGlossaryFor } from "./useGlossaryFor";
import "./glossary.css";

/** Whether this person is offered the marks: the text's author (a note's) or the facilitator. */
function useShowsMarks(author: string | null): boolean {
  const { facilitate } = usePermissions();
  const mine = useControlStore((s) => author !== null && s.participantId === author);
  return facilitate || mine;
}

/**
 * The quiet marks under a text, one per acronym the board has not defined: "Undefined acronym:
 * LCAP" and a "Define LCAP" button opening the dialog. The dialog stays open while it is in use,
 * even when someone else defines the term meanwhile.
 */
function Marks({ text, terms }: { text: string; terms: readonly string[] }) {
  const { t } = useTranslation("glossary");
  const entries = useGlossaryFor(terms);
  const missing = useMemo(() => undefinedAcronyms(text, entries), [text, entries]);
  const [defining, setDefining] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  if (missing.length === 0 && defining === null) return null;
  return (
    <div className="glossary-marks" ref={box}>
      {missing.map((term) => (
        <span key={term} className="glossary-mark">
          <span>{t("mark.undefined", { term })}</span>
          <button
            type="button"
            className="quiet glossary-define"
            aria-haspopup="dialog"
            aria-label={t("mark.defineTerm", { term })}
            data-define={term}
            onClick={() => setDefining(term)}
          >
            {t("mark.define")}
          </button>
        </span>
      ))}
      {defining !== null && (
        <DefineTermDialog
          term={defining}
          onClose={() => {
            const card = box.current?.closest("li") ?? null;
            setDefining(null);
            focusAfterDefine(card, defining);
          }}
        />
      )}
    </div>
  );
}

/** A text's marks, for its author and the facilitator; nothing at all for a text with no acronym. */
export function GlossaryMarks({ text, author }: { text: string; author: string | null }) {
  const terms = useMemo(() => termsIn(text), [text]);
  if (terms.length === 0) return null;
  return <MarksFor text={text} terms={terms} author={author} />;
}

function MarksFor({
  text,
  terms,
  author,
}: {
  text: string;
  terms: readonly string[];
  author: string | null;
}) {
  return useShowsMarks(author) ? <Marks text={text} terms={terms} /> : null;
}

/**
 * A heading with its text's marks below it (a cluster's title, for the facilitator); the heading
 * alone, as before, when its text holds no acronym or this person is not offered the marks.
 */
export function WithGlossaryMarks({
  text,
  author,
  children,
}: PropsWithChildren<{ text: string; author: string | null }>) {
  const terms = useMemo(() => termsIn(text), [text]);
  const shows = useShowsMarks(author);
  if (terms.length === 0 || !shows) return children;
  return (
    <div className="glossary-titled">
      {children}
      <Marks text={text} terms={terms} />
    </div>
  );
}
