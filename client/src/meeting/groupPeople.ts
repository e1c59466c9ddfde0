import { t } from "../i18n/i18n";
import { type Participation, participation } from "../state/participation";

/**
 * Notes per person on a group's board: everyone in its roster or here now, as the board's
 * facilitator panel lists them, then the notes of nobody the roster knows (written without an
 * author, or by a program) together as "Anonymous".
 */
export function notesPerPerson(
  roster: Readonly<Record<string, string>>,
  present: readonly { id: string; name: string }[],
  byAuthor: Readonly<Record<string, number>>,
): Participation[] {
  const people = participation(roster, present, byAuthor);
  const known = new Set(people.map((person) => person.id));
  let anonymous = 0;
  for (const [author, count] of Object.entries(byAuthor))
    if (!known.has(author)) anonymous += count;
  if (anonymous > 0) {
    people.push({
      id: "",
      name: t("meeting:groupCard.anonymous"),
      online: false,
      notes: anonymous,
    });
  }
  return people;
}
