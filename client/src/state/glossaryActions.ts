import { defineTerm } from "@roundtable/shared";
import { t } from "../i18n/i18n";
import { announce } from "./clusterUiStore";
import { write } from "./write";

/**
 * Defines `term` for the whole board (its meaning shows wherever the term appears), or marks it
 * fine, a word the group reads without help; undoable like a note's change. Refused with the
 * usual notice while the board is locked or this screen only views it. Whether it was saved.
 */
export function defineGlossaryTerm(
  term: string,
  entry: { meaning: string; fine: boolean },
): boolean {
  const saved = write(({ board }) => {
    defineTerm(board.doc, term, entry);
    return true;
  });
  if (!saved) return false;
  announce(
    entry.meaning.trim() === ""
      ? t("glossary:announce.fine", { term })
      : t("glossary:announce.defined", { term, meaning: entry.meaning.trim() }),
  );
  return true;
}
