import { DEFAULT_LANES, type Lane } from "../lane";
import type { Language } from "./languages";
import { sharedWords } from "./translate";

/** A new board's lanes with their titles and subtitles in `language`. */
export function defaultLanesIn(language: Language): Lane[] {
  const t = sharedWords(language);
  return DEFAULT_LANES.map((lane) => ({
    ...lane,
    title: t(`lanes.${lane.id}.title`),
    subtitle: t(`lanes.${lane.id}.subtitle`),
  }));
}

/** The title a board gets when it is created without one. */
export function defaultBoardTitleIn(language: Language): string {
  return sharedWords(language)("board.untitled");
}
