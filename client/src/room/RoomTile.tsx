import { VoteBadges } from "../phases/VoteBadges";
import { useNote } from "../state/noteListeners";

/**
 * One note on the room's screen: its text cut to the lines that fit, the whole of it while the
 * tile has focus (a click or Tab gives it), and its revealed votes.
 */
export function RoomTile({ id }: { id: string }) {
  const note = useNote(id);
  if (!note) return null;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: focus shows a long note's whole text
    <li className="room-tile" style={{ background: note.color }} tabIndex={0}>
      <p className="room-text" dir="auto">
        {note.text}
      </p>
      <VoteBadges itemId={id} />
    </li>
  );
}
