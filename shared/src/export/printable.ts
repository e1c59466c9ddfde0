import { DEFAULT_LANGUAGE, type Language } from "../i18n/languages";
import { sharedWords } from "../i18n/translate";
import { INBOX_LANE_ID } from "../lane";
import { type Snapshot, type SnapshotLane, type SnapshotTerm, snapshotGlossary } from "../snapshot";
import { type RoomLane, roomOrder } from "./roomOrder";
import { type StepRow, stepRows } from "./steps";

/**
 * What the printable page lays out: the lanes and their items in the room's order, like every
 * export, with Unsorted left out when it holds nothing.
 */
export function printableLanes(snapshot: Snapshot): RoomLane<SnapshotLane>[] {
  return roomOrder<SnapshotLane>(snapshot.lanes).filter(
    ({ lane, items }) => lane.id !== INBOX_LANE_ID || items.length > 0,
  );
}

/**
 * The next steps the printable page lists after the lanes, in the room's order like every
 * export, each with its note or cluster (`item.label` names it as the Markdown's "For" column
 * does, an untitled cluster in `language`); [] when the board has none.
 */
export function printableSteps(
  snapshot: Snapshot,
  language: Language = DEFAULT_LANGUAGE,
): StepRow[] {
  return stepRows(snapshot, sharedWords(language));
}

/** The defined terms the printable page lists last, alphabetically; [] when there are none. */
export function printableGlossary(snapshot: Snapshot): SnapshotTerm[] {
  return snapshotGlossary(snapshot).filter((entry) => entry.meaning.trim() !== "");
}
