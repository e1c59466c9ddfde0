import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from "@roundtable/shared";
import type { Context } from "hono";
import { z } from "zod";
import { apiError } from "./errors";

// The language of the words the server writes for people: a new board's or meeting's title and
// lanes (`"language"` in a JSON body), an export's own words and the names of the snapshots it
// takes before an import or a restore (`lang=` in the query, beside `tz=`). English without one.

const LANGUAGE_LIST = LANGUAGES.join(", ");

/** The optional `"language"` of a JSON body, named in the 400 when it is not one we speak. */
export const languageField = z
  .enum(LANGUAGES, { error: `language is one of ${LANGUAGE_LIST}` })
  .optional();

/** The request's `lang` (English when absent), or the 400 to answer when it is not one we speak. */
export function requestLanguage(c: Context): Language | Response {
  const lang = c.req.query("lang");
  if (lang === undefined) return DEFAULT_LANGUAGE;
  if (isLanguage(lang)) return lang;
  const shown = JSON.stringify(lang.slice(0, 64));
  return apiError(c, 400, "unknown-language", `lang must be one of ${LANGUAGE_LIST}, not ${shown}`);
}
