import { t } from "../i18n/i18n";

/** How many characters of a note's text a new cluster takes as its title. */
export const CLUSTER_TITLE_LENGTH = 40;

/**
 * The title a new cluster gets from the note it starts from: the text's first line, cut at a
 * word near CLUSTER_TITLE_LENGTH characters with an ellipsis. Renaming it is one click away.
 */
export function clusterTitleFrom(text: string): string {
  const line = (text.split("\n").find((part) => part.trim() !== "") ?? "")
    .replace(/\s+/g, " ")
    .trim();
  const chars = Array.from(line);
  if (chars.length <= CLUSTER_TITLE_LENGTH) return line;
  const cut = chars.slice(0, CLUSTER_TITLE_LENGTH).join("");
  const space = cut.lastIndexOf(" ");
  return `${(space >= CLUSTER_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A cluster's title as shown and named to assistive tech; an empty title still reads. */
export function clusterName(title: string): string {
  return title.trim() === "" ? t("state:cluster.untitled") : title.trim();
}

/** A note's text as it names the note's controls ("Move note: …"), as NoteCard does. */
export function noteName(text: string): string {
  return text.trim() === "" ? t("state:note.empty") : text.slice(0, 80);
}
