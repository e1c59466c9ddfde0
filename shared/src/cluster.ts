import * as Y from "yjs";
import { CLUSTER_FIELDS } from "./doc";
import { INBOX_LANE_ID } from "./lane";
import { readPriorVotes } from "./note";

/** A named group of notes inside one lane. */
export type Cluster = {
  id: string;
  title: string;
  lane: string;
  /** Empty when the writer gave no key; such clusters sort last. */
  order: string;
  /** Vote total carried over from the board this cluster was imported from; null when none. */
  priorVotes: number | null;
};

export const DEFAULT_CLUSTER_TITLE = "";

export function readCluster(id: string, value: unknown): Cluster | null {
  if (!(value instanceof Y.Map)) return null;
  const map = value as Y.Map<unknown>;
  const title = map.get(CLUSTER_FIELDS.title);
  const lane = map.get(CLUSTER_FIELDS.lane);
  const order = map.get(CLUSTER_FIELDS.order);
  return {
    id,
    title: typeof title === "string" ? title : DEFAULT_CLUSTER_TITLE,
    lane: typeof lane === "string" && lane !== "" ? lane : INBOX_LANE_ID,
    order: typeof order === "string" ? order : "",
    priorVotes: readPriorVotes(map.get(CLUSTER_FIELDS.priorVotes)),
  };
}
