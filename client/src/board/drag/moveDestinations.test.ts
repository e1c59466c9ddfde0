import { describe, expect, it } from "vitest";
import { storeFor, testBoard, testCluster, testNote } from "../../state/testBoards";
import { filterDestinations, moveDestinations } from "./moveDestinations";

// inbox: x. p1: cluster k (b), loose a. p2: cluster m (e).
const view = storeFor(
  testBoard(
    [
      testNote("a", "p1"),
      testNote("b", "p1", "k"),
      testNote("e", "p2", "m"),
      testNote("x", "inbox"),
    ],
    [testCluster("k", "p1", "Food"), testCluster("m", "p2", "")],
  ),
);
const labels = (d: ReturnType<typeof moveDestinations>) => [
  ...d.first.map((c) => c.label),
  ...d.sections.flatMap((s) => [
    `[${s.head?.label ?? `${s.title} (here)`}]`,
    ...s.items.map((c) => c.label),
  ]),
];

describe("Move to… destinations", () => {
  it("offers a loose note the other lanes, every cluster and every other loose note", () => {
    expect(labels(moveDestinations(view, { kind: "note", id: "x" }))).toEqual([
      "[Unsorted (here)]",
      "[Priority one]",
      "Cluster: Food",
      "Group with: Text of a",
      "[Priority two]",
      "Cluster: Untitled cluster",
    ]);
  });

  it("offers a clustered note the way out, and not its own cluster", () => {
    expect(labels(moveDestinations(view, { kind: "note", id: "b" }))).toEqual([
      "Out of cluster",
      "[Unsorted]",
      "Group with: Text of x",
      "[Priority one (here)]",
      "Group with: Text of a",
      "[Priority two]",
      "Cluster: Untitled cluster",
    ]);
  });

  it("offers a cluster the other lanes and dissolving", () => {
    expect(labels(moveDestinations(view, { kind: "cluster", id: "k" }))).toEqual([
      "Dissolve cluster",
      "[Unsorted]",
      "[Priority one (here)]",
      "[Priority two]",
    ]);
  });

  it("filters by label; a lane's button stays only when the lane matches", () => {
    const all = moveDestinations(view, { kind: "note", id: "x" });
    expect(labels(filterDestinations(all, "group with: text of A"))).toEqual([
      "[Priority one (here)]",
      "Group with: Text of a",
    ]);
    expect(labels(filterDestinations(all, "priority two"))).toEqual([
      "[Priority two]",
      "Cluster: Untitled cluster",
    ]);
    expect(labels(filterDestinations(all, "nothing like this"))).toEqual([]);
  });
});
