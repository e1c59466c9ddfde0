import { describe, expect, it } from "vitest";
import { sampleBoard, storeFor } from "../../state/testBoards";
import { resolveClusterDrop, resolveNoteDrop, zoneAt } from "./dropTarget";

const view = storeFor(sampleBoard());
const on = (dropId: string, zone: "before" | "middle" | "after" = "middle") => ({ dropId, zone });

describe("where on a card the pointer is", () => {
  const rect = { top: 100, height: 80 };
  it("places at the top and bottom quarters and groups in the middle half", () => {
    expect(zoneAt(101, rect)).toBe("before");
    expect(zoneAt(119, rect)).toBe("before");
    expect(zoneAt(120, rect)).toBe("middle");
    expect(zoneAt(159, rect)).toBe("middle");
    expect(zoneAt(160, rect)).toBe("after");
  });
  it("uses halves for clusters over clusters", () => {
    expect(zoneAt(139, rect, 0.5)).toBe("before");
    expect(zoneAt(140, rect, 0.5)).toBe("after");
  });
});

describe("dropping a note", () => {
  it("on the middle of a note in no cluster, groups the two", () => {
    expect(resolveNoteDrop(view, "x", on("a"))).toEqual({
      drop: { kind: "group", target: "a" },
      hint: { target: "a", look: "group" },
    });
    // A clustered note dropped on a loose one leaves its cluster for the new one.
    expect(resolveNoteDrop(view, "b", on("c"))?.drop).toEqual({ kind: "group", target: "c" });
  });

  it("on a cluster, or the middle of a note in it, joins that cluster", () => {
    const joinK = {
      drop: { kind: "join", cluster: "k" },
      hint: { target: "cluster:k", look: "join" },
    };
    expect(resolveNoteDrop(view, "x", on("cluster:k"))).toEqual(joinK);
    expect(resolveNoteDrop(view, "x", on("d"))).toEqual(joinK);
    expect(resolveNoteDrop(view, "e", on("b"))).toEqual(joinK);
  });

  it("on a note's edge, places it next to that note, in that note's cluster or none", () => {
    expect(resolveNoteDrop(view, "x", on("d", "before"))).toEqual({
      drop: { kind: "place", place: { lane: "p1", before: "d", cluster: "k" } },
      hint: { target: "d", look: "before" },
    });
    // A clustered note dropped by a loose note leaves its cluster.
    expect(resolveNoteDrop(view, "b", on("c", "after"))?.drop).toEqual({
      kind: "place",
      place: { lane: "p1", after: "c", cluster: null },
    });
  });

  it("on the middle of a note of its own cluster, takes that note's place", () => {
    expect(resolveNoteDrop(view, "b", on("d"))?.drop).toEqual({
      kind: "place",
      place: { lane: "p1", after: "d", cluster: "k" },
    });
    expect(resolveNoteDrop(view, "d", on("b"))?.drop).toEqual({
      kind: "place",
      place: { lane: "p1", before: "b", cluster: "k" },
    });
  });

  it("on empty lane space, puts it at the lane's end in no cluster", () => {
    expect(resolveNoteDrop(view, "b", on("lane:p1"))).toEqual({
      drop: { kind: "place", place: { lane: "p1", cluster: null } },
      hint: null,
    });
  });

  it("on itself or on something gone, does nothing", () => {
    expect(resolveNoteDrop(view, "a", on("a"))).toBeNull();
    expect(resolveNoteDrop(view, "a", on("gone"))).toBeNull();
    expect(resolveNoteDrop(view, "a", on("cluster:gone"))).toBeNull();
  });
});

describe("dropping a cluster", () => {
  it("on a lane, or a loose note in it, puts it after the lane's clusters", () => {
    expect(resolveClusterDrop(view, "k", on("lane:p2"))).toEqual({
      drop: { lane: "p2" },
      hint: null,
    });
    expect(resolveClusterDrop(view, "k", on("x"))?.drop).toEqual({ lane: "inbox" });
  });

  it("on another cluster, goes before or after it by the pointer's half", () => {
    expect(resolveClusterDrop(view, "k", on("cluster:m", "before"))).toEqual({
      drop: { lane: "p2", before: "m" },
      hint: { target: "cluster:m", look: "before" },
    });
    expect(resolveClusterDrop(view, "k", on("cluster:m", "after"))?.drop).toEqual({
      lane: "p2",
      after: "m",
    });
    expect(resolveClusterDrop(view, "k", on("cluster:k", "after"))).toBeNull();
  });
});
