import { describe, expect, it } from "vitest";
import { sampleBoard, storeFor } from "../../state/testBoards";
import { clusterSlots, currentClusterSlot, currentNoteSlot, noteSlots } from "./keyboardSlots";

const view = storeFor(sampleBoard());

describe("keyboard slots", () => {
  it("offers a place before each note of each group and one at each group's end", () => {
    const places = noteSlots(view, "p1", "a").map((slot) => slot.place);
    expect(places).toEqual([
      { lane: "p1", cluster: "j" },
      { lane: "p1", before: "b", cluster: "k" },
      { lane: "p1", before: "d", cluster: "k" },
      { lane: "p1", after: "d", cluster: "k" },
      { lane: "p1", before: "c", cluster: null },
      { lane: "p1", after: "c", cluster: null },
    ]);
  });

  it("starts where the note is, so picking up and dropping changes nothing", () => {
    const slots = noteSlots(view, "p1", "d");
    expect(slots[currentNoteSlot(view, "d")]?.place).toEqual({
      lane: "p1",
      after: "b",
      cluster: "k",
    });
    expect(noteSlots(view, "p1", "a")[currentNoteSlot(view, "a")]?.place).toEqual({
      lane: "p1",
      before: "c",
      cluster: null,
    });
  });

  it("counts positions within each group, for the announcement", () => {
    const slot = noteSlots(view, "p1", "a")[2];
    expect(slot && [slot.position, slot.of]).toEqual([2, 3]);
    expect(noteSlots(view, "p3", "a")).toEqual([
      { place: { lane: "p3", cluster: null }, position: 1, of: 1, hint: null },
    ]);
  });

  it("moves clusters among the lane's clusters", () => {
    expect(clusterSlots(view, "p1", "k").map((slot) => slot.place)).toEqual([
      { lane: "p1", before: "j" },
      { lane: "p1", after: "j" },
    ]);
    expect(currentClusterSlot(view, "k")).toBe(1);
    expect(clusterSlots(view, "inbox", "k").map((slot) => slot.place)).toEqual([{ lane: "inbox" }]);
  });
});
