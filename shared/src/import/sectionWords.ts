import { LANGUAGES } from "../i18n/languages";
import { sharedWords } from "../i18n/translate";
import { headingTitle } from "./laneHeadings";

// The export's own words for its sections, columns and yes/no, in every language it writes, so
// that a Spanish export imports as an English one does (the importer never knows which it got).

/** A word or name compared as people retype it: any case, spacing, apostrophe or a final ":". */
export function comparableWord(text: string): string {
  return headingTitle(text)
    .normalize("NFC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

/** `key`'s words in every language, comparable. */
function everyLanguage(key: string): Set<string> {
  return new Set(LANGUAGES.map((language) => comparableWord(sharedWords(language)(key))));
}

const NEXT_STEPS = everyLanguage("export.nextSteps");
const GLOSSARY = everyLanguage("export.glossary");
const SINCE_LAST_TIME = everyLanguage("progress.sinceLastTime");

/** Whether a heading's text names the Next steps section ("Next steps", "Próximos pasos"). */
export function isStepsHeading(text: string): boolean {
  return NEXT_STEPS.has(comparableWord(text));
}

/** Whether a heading's text names the Since last time section ("Desde la última vez"). */
export function isSinceLastTimeHeading(text: string): boolean {
  return SINCE_LAST_TIME.has(comparableWord(text));
}

/** Whether a heading's text names the Glossary section ("Glossary", "Glosario"). */
export function isGlossaryHeading(text: string): boolean {
  return GLOSSARY.has(comparableWord(text));
}

/** What a column of the Next steps table holds. */
export type StepColumn = "text" | "owner" | "due" | "measure" | "done" | "item" | "group";

const COLUMN_KEYS: Readonly<Record<StepColumn, string>> = {
  text: "export.stepWhat",
  owner: "export.stepWho",
  due: "export.stepDue",
  measure: "export.stepMeasure",
  done: "export.stepDone",
  item: "export.stepFor",
  group: "export.stepGroup",
};

const COLUMNS = new Map<string, StepColumn>(
  (Object.entries(COLUMN_KEYS) as [StepColumn, string][]).flatMap(([column, key]) =>
    [...everyLanguage(key)].map((name): [string, StepColumn] => [name, column]),
  ),
);

/** The column a header cell names, or null for one the table does not know. */
export function stepColumn(name: string): StepColumn | null {
  return COLUMNS.get(comparableWord(name)) ?? null;
}

const DONE = new Set([...everyLanguage("export.yes"), "✓", "✔", "x", "[x]", "true", "si"]);
const OPEN = new Set([...everyLanguage("export.no"), "", "[ ]", "false"]);

/** A Done cell as true or false ("yes", "sí", "✓" …; "no" or empty), or null for anything else. */
export function doneValue(cell: string): boolean | null {
  const word = comparableWord(cell);
  if (DONE.has(word)) return true;
  return OPEN.has(word) ? false : null;
}
