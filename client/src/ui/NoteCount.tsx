/** A lane's or a cluster's number of notes: the number on screen, "3 notes" when read out. */
export function NoteCount({ count, className }: { count: number; className: string }) {
  return (
    <span className={className}>
      {count}
      <span className="visually-hidden">{count === 1 ? " note" : " notes"}</span>
    </span>
  );
}
