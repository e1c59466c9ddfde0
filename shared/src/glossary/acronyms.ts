// "No acronyms!": finding the acronyms a note or a cluster title uses, so a board can mark the
// ones nobody has defined yet. An acronym is a word of two to eight capitals and digits that
// starts with a capital and holds at least two capitals ("LCAP", "K12" does not, "ILSP", "PTAs"
// for the plural of "PTA"). Words people write in capitals for emphasis ("AND", "NO") are not
// acronyms. One pass over the text, linear in its length.

/** Capitalised words that are emphasis, not acronyms, in the languages boards are written in. */
const EMPHASIS = new Set([
  // English
  "A",
  "AM",
  "AN",
  "AND",
  "ARE",
  "AS",
  "AT",
  "BE",
  "BUT",
  "BY",
  "DO",
  "FOR",
  "IF",
  "IN",
  "IS",
  "IT",
  "ME",
  "MY",
  "NO",
  "NOT",
  "NOW",
  "OF",
  "OK",
  "ON",
  "OR",
  "SO",
  "THE",
  "TO",
  "UP",
  "US",
  "WE",
  "ALL",
  "YES",
  "ONLY",
  "MUST",
  "NEVER",
  "VERY",
  "NEW",
  "ONE",
  "TWO",
  "WHY",
  "HOW",
  "WHO",
  "WHAT",
  "TBD",
  "FYI",
  // Spanish
  "DE",
  "EL",
  "EN",
  "ES",
  "LA",
  "LAS",
  "LOS",
  "NI",
  "QUE",
  "SI",
  "SÍ",
  "UN",
  "UNA",
  "Y",
  "YA",
  "MUY",
  "TODO",
  "TODOS",
  "NUNCA",
  // Roman numerals people number things with
  "II",
  "III",
  "IV",
  "VI",
  "VII",
  "VIII",
  "IX",
  "XI",
  "XII",
]);

// A run of letters and digits; checked by hand below, so no pattern ever backtracks.
const WORD = /[\p{L}\p{N}&]+/gu;
const CAPITAL = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The acronym a word is, or null: "PTAs" is "PTA", "LCAP" itself, "Arts" and "AND" none. */
export function acronymOf(word: string): string | null {
  const base = word.length > 2 && word.endsWith("s") ? word.slice(0, -1) : word;
  const letters = [...base];
  if (letters.length < 2 || letters.length > 8) return null;
  if (!CAPITAL.test(letters[0] ?? "")) return null;
  let capitals = 0;
  for (const letter of letters) {
    if (LOWER.test(letter)) return null;
    if (CAPITAL.test(letter)) capitals++;
  }
  if (capitals < 2 || EMPHASIS.has(base)) return null;
  return base;
}

/** The acronyms `text` uses, each once, in the order they first appear. */
export function acronymsIn(text: string): string[] {
  const found = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const acronym = acronymOf(word);
    if (acronym) found.add(acronym);
  }
  return [...found];
}

/** A board's glossary entry: what a term means, or that the group reads it as a word. */
export type GlossaryEntry = { term: string; meaning: string; fine: boolean };

/**
 * The acronyms in `text` that the glossary neither defines nor marks as fine: what the board
 * marks as `Undefined acronym: <TERM>`.
 */
export function undefinedAcronyms(
  text: string,
  glossary: ReadonlyMap<string, GlossaryEntry>,
): string[] {
  return acronymsIn(text).filter((term) => {
    const entry = glossary.get(term);
    return !entry || (!entry.fine && entry.meaning.trim() === "");
  });
}
