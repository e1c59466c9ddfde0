/** A place in a lane: before or after a note (as the board shows the lane), or at an index. */
export type Place = { before?: string | null; after?: string | null; index?: number | null };

/**
 * Translates a place among the notes the board shows (a lane's shared notes, then this
 * person's drafts) into a place within the document the moved note lives in. Drafts always
 * follow the shared notes, so a draft placed next to a shared note goes first among the drafts,
 * and a shared note placed next to a draft goes last among the shared notes.
 */
export function placeWithin(
  movingDraft: boolean,
  place: Place,
  isDraft: (id: string) => boolean,
): Place {
  const neighbour = place.after ?? place.before;
  if (neighbour === undefined || neighbour === null) return place;
  if (isDraft(neighbour) === movingDraft) return place;
  return movingDraft ? { index: 0 } : {};
}
