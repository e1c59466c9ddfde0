import { type MouseEvent, memo, useMemo } from "react";
import { splitTerms } from "./splitTerms";
import { termsIn } from "./termsIn";
import { useGlossaryFor } from "./useGlossaryFor";
import "./glossary.css";

/** A tap on a term shows its meaning; it does not open the note's editor behind it. */
function keepTap(event: MouseEvent) {
  event.stopPropagation();
}

/**
 * A defined term in a text: the word as written, its meaning on hover (the title, which is also
 * its accessible description) and, for the keyboard and touch, on focus (glossary.css).
 */
function Term({ word, term, meaning }: { word: string; term: string; meaning: string }) {
  return (
    // Focusable, so the keyboard and touch reach its meaning; its click only keeps a tap on it
    // from opening the note's editor, which would hide the meaning at once.
    // biome-ignore lint/a11y/noStaticElementInteractions: a tap on it shows its meaning (see above)
    <abbr className="glossary-term" title={meaning} tabIndex={0} data-term={term} onClick={keepTap}>
      {word}
    </abbr>
  );
}

/** The text with its defined terms wrapped; follows only the glossary entries of its terms. */
const DefinedText = memo(function DefinedText({
  text,
  terms,
}: {
  text: string;
  terms: readonly string[];
}) {
  const entries = useGlossaryFor(terms);
  const runs = useMemo(() => splitTerms(text, entries), [text, entries]);
  if (runs.length === 1 && typeof runs[0] === "string") return text;
  return runs.map((run, index) =>
    typeof run === "string" ? (
      run
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: runs are positions in one text
      <Term key={index} {...run} />
    ),
  );
});

/**
 * A note's text or a cluster's title, with each term the board has defined showing its meaning.
 * A text with no defined term renders as the text alone, the same DOM as before; a text with no
 * acronym at all listens to nothing. `plain` (a light card) keeps the text as it is.
 */
export function GlossaryText({ text, plain = false }: { text: string; plain?: boolean }) {
  const terms = useMemo(() => (plain ? null : termsIn(text)), [text, plain]);
  if (!terms || terms.length === 0) return text;
  return <DefinedText text={text} terms={terms} />;
}
