// What the catalogue-completeness tests compare: every key path of a catalogue, with plural
// forms ("votes_one", "votes_many") folded into their key, and the forms each key has.

type Tree = { readonly [key: string]: unknown };

const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;

/** Every leaf's dotted path, e.g. "lanes.p1.title" and "export.votes_one". */
export function leafPaths(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (typeof value === "string") return [path];
    if (value !== null && typeof value === "object") return leafPaths(value as Tree, path);
    return [`${path} (not a string: ${typeof value})`];
  });
}

/** Each message's key, plural forms folded, with the plural forms it has (none for a plain one). */
export function messageKeys(tree: Tree): Map<string, Set<string>> {
  const keys = new Map<string, Set<string>>();
  for (const path of leafPaths(tree)) {
    const form = PLURAL_FORM.exec(path);
    const key = form ? path.slice(0, form.index) : path;
    const forms = keys.get(key) ?? new Set<string>();
    if (form?.[1]) forms.add(form[1]);
    keys.set(key, forms);
  }
  return keys;
}

/**
 * What `language`'s catalogue lacks against `reference`'s: keys it misses, and plural messages
 * missing a form `Intl.PluralRules` asks for in `language` (Spanish asks for "many").
 */
export function catalogueGaps(reference: Tree, catalogue: Tree, language: string): string[] {
  const theirs = messageKeys(catalogue);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const gaps: string[] = [];
  for (const [key, forms] of messageKeys(reference)) {
    const own = theirs.get(key);
    if (!own) {
      gaps.push(`${language}: missing ${key}`);
      continue;
    }
    if (forms.size === 0 && own.size === 0) continue;
    for (const category of categories) {
      if (!own.has(category)) gaps.push(`${language}: ${key} lacks the "${category}" form`);
    }
  }
  for (const path of leafPaths(catalogue)) {
    if (path.includes(" (not a string")) gaps.push(`${language}: ${path}`);
  }
  return gaps;
}
