import type { Lane } from "@roundtable/shared";
import { t } from "../../i18n/i18n";
import { clusterName, noteName } from "../../state/clusterNames";
import type { MoveSubject } from "../../state/clusterUiStore";
import type { BoardView } from "./dropTarget";

/** One choice in the "Move to…" dialog; `label` is its button's accessible name and text. */
export type Destination =
  | { kind: "lane"; lane: string; label: string }
  | { kind: "cluster"; cluster: string; label: string }
  | { kind: "group"; note: string; label: string }
  | { kind: "out"; label: string }
  | { kind: "dissolve"; label: string };

/** A lane's choices: the lane itself (null where the subject already is) and what is in it. */
export type DestinationSection = {
  lane: string;
  title: string;
  head: Destination | null;
  items: Destination[];
};

export type Destinations = { first: Destination[]; sections: DestinationSection[] };

/**
 * Everywhere a note or a cluster can go, lane by lane, as the dialog lists it, labelled in the
 * page's language. A note: each other
 * lane (its end, in no cluster), each cluster but its own ("Cluster: <title>", joins it), each
 * other note in no cluster ("Group with: <text>", a new cluster of both), and "Out of cluster"
 * when it is in one. A cluster: each other lane, with its notes, and "Dissolve cluster".
 */
export function moveDestinations(
  view: BoardView & { lanes: Lane[] },
  subject: MoveSubject,
): Destinations {
  if (subject.kind === "cluster") {
    const here = view.clusters[subject.id]?.lane;
    return {
      first: [{ kind: "dissolve", label: t("board:moveTo.dissolve") }],
      sections: view.lanes.map((lane) => ({
        lane: lane.id,
        title: lane.title,
        head: lane.id === here ? null : { kind: "lane", lane: lane.id, label: lane.title },
        items: [],
      })),
    };
  }
  const note = view.notes[subject.id];
  return {
    first: note?.cluster ? [{ kind: "out", label: t("board:moveTo.out") }] : [],
    sections: view.lanes.map((lane) => ({
      lane: lane.id,
      title: lane.title,
      head: lane.id === note?.lane ? null : { kind: "lane", lane: lane.id, label: lane.title },
      items: [
        ...(view.clusterIdsByLane[lane.id] ?? [])
          .filter((id) => id !== note?.cluster)
          .map(
            (id): Destination => ({
              kind: "cluster",
              cluster: id,
              label: t("board:cluster.name", {
                name: clusterName(view.clusters[id]?.title ?? ""),
              }),
            }),
          ),
        ...(view.looseNoteIdsByLane[lane.id] ?? [])
          .filter((id) => id !== subject.id)
          .map(
            (id): Destination => ({
              kind: "group",
              note: id,
              label: t("board:moveTo.groupWith", {
                name: noteName(view.notes[id]?.text ?? ""),
              }),
            }),
          ),
      ],
    })),
  };
}

/**
 * The destinations whose label contains `filter` (any case); a lane's own button stays only
 * when the lane matches, and then all of its choices stay.
 */
export function filterDestinations(all: Destinations, filter: string): Destinations {
  const wanted = filter.trim().toLowerCase();
  if (wanted === "") return all;
  const matches = (d: Destination) => d.label.toLowerCase().includes(wanted);
  return {
    first: all.first.filter(matches),
    sections: all.sections
      .map((section) =>
        section.title.toLowerCase().includes(wanted)
          ? section
          : { ...section, head: null, items: section.items.filter(matches) },
      )
      .filter((section) => section.head !== null || section.items.length > 0),
  };
}
