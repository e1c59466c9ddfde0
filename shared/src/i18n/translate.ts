import i18next from "i18next";
import { sharedEn } from "./catalogues/en";
import { sharedEs } from "./catalogues/es";
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "./languages";

/** The namespace the shared words live under, in this instance and in the client's. */
export const SHARED_NAMESPACE = "shared";

/** Every language's shared catalogue, for the client to load beside its own. */
export const SHARED_CATALOGUES: Readonly<Record<Language, typeof sharedEn>> = {
  en: sharedEn,
  es: sharedEs as typeof sharedEn,
};

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(
    LANGUAGES.map((language) => [language, { [SHARED_NAMESPACE]: SHARED_CATALOGUES[language] }]),
  ),
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  ns: [SHARED_NAMESPACE],
  defaultNS: SHARED_NAMESPACE,
  // Words go into Markdown, CSV and Yjs text, never into HTML unescaped: each format escapes.
  interpolation: { escapeValue: false },
  initAsync: false,
});

/**
 * A message by its key, with its values put in; a `count` picks the plural form through
 * `Intl.PluralRules` ("1 voto", "3 votos"). Typed on its own so the client's typed keys, which
 * cover its namespaces, do not reach the shared code.
 */
export type Words = (key: string, values?: Record<string, unknown>) => string;

/** The shared words in `language`. */
export function sharedWords(language: Language = DEFAULT_LANGUAGE): Words {
  return instance.getFixedT(language, SHARED_NAMESPACE) as unknown as Words;
}
