import * as Y from "yjs";
import { LANE_FIELDS } from "./doc";
import { sharedEn } from "./i18n/catalogues/en";

export type Lane = {
  id: string;
  title: string;
  subtitle: string;
  /** Empty when the writer gave no key; such lanes sort last. */
  order: string;
};

export const INBOX_LANE_ID = "inbox";

/**
 * Every board starts with these (in English; `defaultLanesIn` gives them in another language);
 * ids are fixed forever, titles are editable.
 */
export const DEFAULT_LANES: readonly Lane[] = [
  { id: INBOX_LANE_ID, ...sharedEn.lanes.inbox, order: "a0" },
  { id: "p1", ...sharedEn.lanes.p1, order: "a1" },
  { id: "p2", ...sharedEn.lanes.p2, order: "a2" },
  { id: "p3", ...sharedEn.lanes.p3, order: "a3" },
  { id: "p4", ...sharedEn.lanes.p4, order: "a4" },
];

export function defaultLane(id: string): Lane | undefined {
  return DEFAULT_LANES.find((lane) => lane.id === id);
}

/**
 * Turns a stored lane into a plain record. A missing title falls back to the default lane's
 * title, or the id, so a lane is never shown without a heading.
 */
export function readLane(id: string, value: unknown): Lane | null {
  if (!(value instanceof Y.Map)) return null;
  const map = value as Y.Map<unknown>;
  const title = map.get(LANE_FIELDS.title);
  const subtitle = map.get(LANE_FIELDS.subtitle);
  const order = map.get(LANE_FIELDS.order);
  const fallback = defaultLane(id);
  return {
    id,
    title: typeof title === "string" && title.trim() !== "" ? title : (fallback?.title ?? id),
    subtitle: typeof subtitle === "string" ? subtitle : (fallback?.subtitle ?? ""),
    order: typeof order === "string" ? order : "",
  };
}
