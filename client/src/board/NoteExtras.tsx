import { VoteBadges } from "../phases/VoteBadges";
import { VoteControl } from "./VoteControl";

/** Id of a draft note's "Private" label, so the note's buttons can point to it. */
export function privateLabelId(noteId: string): string {
  return `private-${noteId}`;
}

/** What facilitation adds to a note: "Private" while a draft, votes, totals and rank. */
export function NoteExtras({
  id,
  label,
  lane,
  draft,
}: {
  id: string;
  label: string;
  lane: string;
  draft: boolean;
}) {
  return (
    <div className="note-extras">
      {draft && (
        <span
          className="private-label"
          id={privateLabelId(id)}
          title="Only you can see this note until the facilitator reveals notes"
        >
          Private
        </span>
      )}
      <VoteBadges itemId={id} />
      {!draft && <VoteControl itemId={id} label={label} lane={lane} />}
    </div>
  );
}
