import type { Awareness } from "./connection";

/** What one person shares about themselves: never stored, gone when they leave. */
export type Presence = {
  id: string;
  name: string;
  color: string;
  /** Note being edited or dragged right now, if any. */
  editing: string | null;
  dragging: string | null;
};

export type Person = Presence & { clientId: number; isSelf: boolean };

export function setPresence(awareness: Awareness, presence: Partial<Presence>): void {
  const current = (awareness.getLocalState() ?? {}) as Partial<Presence>;
  awareness.setLocalState({ ...current, ...presence });
}

function isPresence(value: unknown): value is Presence {
  if (typeof value !== "object" || value === null) return false;
  const state = value as Record<string, unknown>;
  return typeof state.name === "string" && typeof state.id === "string";
}

/** Everyone here, one entry per person (a person with two tabs counts once), self first. */
export function readPeople(awareness: Awareness): Person[] {
  const byId = new Map<string, Person>();
  for (const [clientId, state] of awareness.getStates()) {
    if (!isPresence(state)) continue;
    const isSelf = clientId === awareness.clientID;
    const person: Person = {
      id: state.id,
      name: state.name.slice(0, 60),
      color: typeof state.color === "string" ? state.color : "#64748b",
      editing: typeof state.editing === "string" ? state.editing : null,
      dragging: typeof state.dragging === "string" ? state.dragging : null,
      clientId,
      isSelf,
    };
    const known = byId.get(state.id);
    if (!known || isSelf) byId.set(state.id, person);
  }
  return [...byId.values()].sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name),
  );
}

/**
 * The names of the others editing or dragging each note, by note id. Read once per presence
 * change, so a note's card looks up its own entry instead of scanning everyone.
 */
export function othersOnNotes(people: readonly Person[]): Record<string, string> {
  const names = new Map<string, string[]>();
  for (const person of people) {
    if (person.isSelf) continue;
    const notes = new Set([person.editing, person.dragging]);
    for (const note of notes) {
      if (note === null) continue;
      const list = names.get(note) ?? [];
      list.push(person.name);
      names.set(note, list);
    }
  }
  return Object.fromEntries([...names].map(([note, list]) => [note, list.join(", ")]));
}

export function watchPeople(
  awareness: Awareness,
  listener: (people: Person[]) => void,
): () => void {
  const changed = () => listener(readPeople(awareness));
  awareness.on("change", changed);
  changed();
  return () => awareness.off("change", changed);
}
