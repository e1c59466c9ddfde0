import type * as Y from "yjs";
import { LANE_FIELDS, lanesMap, type Origin, recordIn } from "./doc";
import { BoardOpError } from "./errors";
import { cleanTitle } from "./guards";
import { MAX_SUBTITLE, MAX_TITLE } from "./text";

export type RenameLaneInput = { title?: string; subtitle?: string };

/** Edits a lane's heading; the id stays, so notes keep pointing at the lane. */
export function renameLane(
  doc: Y.Doc,
  laneId: string,
  input: RenameLaneInput,
  origin: Origin = "local",
): void {
  const lane = typeof laneId === "string" ? recordIn(lanesMap(doc), laneId) : undefined;
  if (!lane) throw new BoardOpError("unknown-lane", `no lane ${String(laneId)}`);
  const title =
    input.title === undefined ? undefined : cleanTitle(input.title, "title", MAX_TITLE, false);
  const subtitle =
    input.subtitle === undefined
      ? undefined
      : cleanTitle(input.subtitle, "subtitle", MAX_SUBTITLE, true);
  if (title === undefined && subtitle === undefined) {
    throw new BoardOpError("invalid-input", "nothing to rename");
  }
  doc.transact(() => {
    if (title !== undefined) lane.set(LANE_FIELDS.title, title);
    if (subtitle !== undefined) lane.set(LANE_FIELDS.subtitle, subtitle);
  }, origin);
}
