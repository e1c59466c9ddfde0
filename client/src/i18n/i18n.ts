import {
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGES,
  type Language,
  pickLanguage,
} from "@roundtable/shared";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { RESOURCES } from "./resources";

/** Where the language a person chose is remembered, on this device. */
export const LANGUAGE_KEY = "roundtable.language";

function remembered(): Language | null {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** The language chosen before on this device, else the browser's first one we speak. */
export function startingLanguage(): Language {
  if (typeof navigator === "undefined") return remembered() ?? DEFAULT_LANGUAGE;
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language ?? ""];
  return remembered() ?? pickLanguage(browser);
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: RESOURCES,
  lng: startingLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  ns: Object.keys(RESOURCES.en),
  defaultNS: "common",
  // React escapes what it renders; a catalogue's words are never put in as HTML.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
  react: { useSuspense: false },
});

function markPage(language: Language): void {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}
markPage(currentLanguage());

/** The language the page is in now. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** Switches every page to `language` at once and remembers it on this device. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private windows may refuse storage; the switch still holds for this visit.
  }
  void i18n.changeLanguage(language);
  markPage(language);
}

/** `t` for code outside components: announcements, notices and errors, said in the current language. */
export const t = i18n.t.bind(i18n);
