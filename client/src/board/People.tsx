import { useBoardStore } from "../state/boardStore";

/** Who is here right now, each in their own colour. */
export function People() {
  const people = useBoardStore((s) => s.people);
  return (
    <ul className="people" aria-label="People here">
      {people.map((person) => (
        <li key={person.id} style={{ borderColor: person.color }}>
          <span className="person-dot" style={{ background: person.color }} aria-hidden="true" />
          {person.name}
          {person.isSelf && <span className="muted"> (you)</span>}
        </li>
      ))}
    </ul>
  );
}
