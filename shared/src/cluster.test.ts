import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readCluster } from "./cluster";
import { clustersMap } from "./doc";

describe("readCluster", () => {
  it("reads a well-formed cluster", () => {
    const doc = new Y.Doc();
    const map = new Y.Map<unknown>();
    clustersMap(doc).set("c1", map);
    map.set("title", "Quick wins");
    map.set("lane", "p1");
    map.set("order", "a0");
    map.set("priorVotes", 4);
    expect(readCluster("c1", map)).toEqual({
      id: "c1",
      title: "Quick wins",
      lane: "p1",
      order: "a0",
      priorVotes: 4,
    });
  });

  it("tolerates junk fields and non-map entries", () => {
    const doc = new Y.Doc();
    const map = new Y.Map<unknown>();
    clustersMap(doc).set("c1", map);
    map.set("title", null);
    map.set("lane", 3);
    map.set("priorVotes", 1.5);
    expect(readCluster("c1", map)).toEqual({
      id: "c1",
      title: "",
      lane: "inbox",
      order: "",
      priorVotes: null,
    });
    expect(readCluster("c2", [1, 2])).toBeNull();
  });
});
