import { describe, expect, it } from "vitest";
import { sampleBoard, storeFor, testBoard, testCluster, testNote } from "./testBoards";

describe("the clusters in the store", () => {
  it("lists each lane's clusters, their notes, the loose notes, and the order shown", () => {
    const store = storeFor(sampleBoard());
    expect(store.clusterIdsByLane).toEqual({ inbox: [], p1: ["j", "k"], p2: ["m"] });
    expect(store.noteIdsByCluster).toEqual({ j: [], k: ["b", "d"], m: ["e"] });
    expect(store.looseNoteIdsByLane).toEqual({ inbox: ["x"], p1: ["a", "c"], p2: [] });
    // Clusters first, each with its notes, then the notes in no cluster.
    expect(store.shownNoteIdsByLane).toEqual({
      inbox: ["x"],
      p1: ["b", "d", "a", "c"],
      p2: ["e"],
    });
    expect(store.clusters.k?.title).toBe("Title k");
  });

  it("keeps unchanged clusters and lists as the same objects, so only what changed re-renders", () => {
    const notes = [testNote("a", "p1", "k"), testNote("b", "p1"), testNote("c", "p2", "m")];
    const clusters = [testCluster("k", "p1"), testCluster("m", "p2")];
    const first = storeFor(testBoard(notes, clusters));
    const renamed = [testCluster("k", "p1"), testCluster("m", "p2", "Renamed")];
    const second = storeFor(testBoard(notes, renamed), first);
    expect(second.clusters.k).toBe(first.clusters.k);
    expect(second.clusters.m).not.toBe(first.clusters.m);
    expect(second.clusters.m?.title).toBe("Renamed");
    expect(second.clusterIdsByLane.p1).toBe(first.clusterIdsByLane.p1);
    expect(second.noteIdsByCluster.k).toBe(first.noteIdsByCluster.k);
    expect(second.shownNoteIdsByLane.p1).toBe(first.shownNoteIdsByLane.p1);

    // b joins k: only p1's lists and k's notes change; p2's stay.
    const joined = [testNote("a", "p1", "k"), testNote("b", "p1", "k"), testNote("c", "p2", "m")];
    const third = storeFor(testBoard(joined, renamed), second);
    expect(third.noteIdsByCluster.k).toEqual(["a", "b"]);
    expect(third.looseNoteIdsByLane.p1).toEqual([]);
    expect(third.noteIdsByCluster.m).toBe(second.noteIdsByCluster.m);
    expect(third.shownNoteIdsByLane.p2).toBe(second.shownNoteIdsByLane.p2);
    expect(third.clusters.m).toBe(second.clusters.m);
  });

  it("drops a cluster that is gone, and its notes show as loose", () => {
    const first = storeFor(testBoard([testNote("a", "p1", "k")], [testCluster("k", "p1")]));
    const second = storeFor(testBoard([testNote("a", "p1")]), first);
    expect(second.clusters).toEqual({});
    expect(second.noteIdsByCluster).toEqual({});
    expect(second.looseNoteIdsByLane.p1).toEqual(["a"]);
    expect(second.shownNoteIdsByLane.p1).toBe(first.shownNoteIdsByLane.p1);
  });
});
