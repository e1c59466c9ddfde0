/** One person the facilitator should see: whether they are here and how much they wrote. */
export type Participation = { id: string; name: string; online: boolean; notes: number };

/**
 * Everyone known (the roster of people who ever joined, and whoever is here now) with their
 * note count. People who have not written yet come first, so the facilitator can invite them
 * to speak; then the rest, fewest notes first; names break ties.
 */
export function participation(
  roster: Readonly<Record<string, string>>,
  present: readonly { id: string; name: string }[],
  notesByAuthor: Readonly<Record<string, number>>,
): Participation[] {
  const byId = new Map<string, Participation>();
  for (const [id, name] of Object.entries(roster)) {
    byId.set(id, { id, name, online: false, notes: notesByAuthor[id] ?? 0 });
  }
  for (const person of present) {
    byId.set(person.id, {
      id: person.id,
      name: person.name,
      online: true,
      notes: notesByAuthor[person.id] ?? 0,
    });
  }
  return [...byId.values()].sort(
    (a, b) => a.notes - b.notes || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}
