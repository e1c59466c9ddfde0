import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { lanesMap } from "./doc";
import { DEFAULT_LANES, INBOX_LANE_ID, readLane } from "./lane";
import { compareByOrder, isValidOrderKey } from "./order";

describe("DEFAULT_LANES", () => {
  it("are the inbox and four priorities, in order", () => {
    expect(DEFAULT_LANES.map((lane) => lane.id)).toEqual([INBOX_LANE_ID, "p1", "p2", "p3", "p4"]);
    expect(DEFAULT_LANES[0]?.title).toBe("Unsorted");
    expect(DEFAULT_LANES.every((lane) => isValidOrderKey(lane.order))).toBe(true);
    expect([...DEFAULT_LANES].sort(compareByOrder)).toEqual(DEFAULT_LANES);
  });
});

describe("readLane", () => {
  it("falls back to the default title for junk, and to the id for unknown lanes", () => {
    const doc = new Y.Doc();
    const p1 = new Y.Map<unknown>();
    const custom = new Y.Map<unknown>();
    lanesMap(doc).set("p1", p1);
    lanesMap(doc).set("custom", custom);
    p1.set("title", 12);
    p1.set("order", ["a1"]);
    expect(readLane("p1", p1)).toEqual({
      id: "p1",
      title: "Priority one",
      subtitle: DEFAULT_LANES[1]?.subtitle,
      order: "",
    });
    expect(readLane("custom", custom)).toEqual({
      id: "custom",
      title: "custom",
      subtitle: "",
      order: "",
    });
    expect(readLane("p1", 5)).toBeNull();
  });
});
