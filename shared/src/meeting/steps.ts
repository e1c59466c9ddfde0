import { clusterText, itemLabel } from "../export/itemLabels";
import type { Words } from "../i18n/translate";
import type { MeetingSnapshot } from "./combine";

/** What a meeting's step names its note or cluster by: the full text and a short label. */
export type MeetingItemText = { text: string; label: string };

/**
 * The text of every note and cluster in the meeting's lanes by id (a cluster's title, "Untitled
 * cluster" for none), with its label as the Markdown's "For" column shows it: shortened to one
 * line, not made unique (the group column tells the groups' items apart). The first item of an
 * id wins.
 */
export function meetingItemTexts(
  t: Words,
  snapshot: Pick<MeetingSnapshot, "lanes">,
): Map<string, MeetingItemText> {
  const texts = new Map<string, MeetingItemText>();
  const add = (id: string, text: string) => {
    if (!texts.has(id)) texts.set(id, { text, label: itemLabel(text) });
  };
  for (const lane of snapshot.lanes) {
    for (const cluster of lane.clusters) {
      add(cluster.id, clusterText(t, cluster));
      for (const note of cluster.notes) add(note.id, note.text);
    }
    for (const note of lane.notes) add(note.id, note.text);
  }
  return texts;
}
