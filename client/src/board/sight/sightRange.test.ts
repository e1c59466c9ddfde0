import { describe, expect, it } from "vitest";
import { type Edges, sightRange } from "./sightRange";

/** Cards of `height` px with 8 px between them, the first starting at `start`. */
function stacked(height: number, start = 0) {
  const looked: number[] = [];
  const edgesOf = (index: number): Edges => {
    looked.push(index);
    const top = start + index * (height + 8);
    return { top, bottom: top + height };
  };
  return { edgesOf, looked };
}

describe("sightRange", () => {
  it("finds the cards between the edges, with a few more on each side", () => {
    const { edgesOf } = stacked(92);
    // A card every 100 px: from 1,000 to 1,500 px, cards 10 (1,000–1,092) to 14 are in sight.
    expect(sightRange(500, edgesOf, 1_000, 1_500, 0)).toEqual([10, 14]);
    expect(sightRange(500, edgesOf, 1_000, 1_500, 3)).toEqual([7, 17]);
  });

  it("keeps the widened range inside the list", () => {
    const { edgesOf } = stacked(92);
    expect(sightRange(6, edgesOf, 0, 150, 3)).toEqual([0, 4]);
    expect(sightRange(6, edgesOf, 450, 2_000, 3)).toEqual([1, 5]);
  });

  it("answers null for an empty list, nothing in sight, or a list out of sight", () => {
    const { edgesOf } = stacked(92, 2_000);
    expect(sightRange(0, edgesOf, 0, 700)).toBeNull();
    expect(sightRange(10, edgesOf, 0, 700), "every card below the screen").toBeNull();
    expect(sightRange(10, edgesOf, 5_000, 5_700), "every card above it").toBeNull();
    expect(sightRange(10, edgesOf, 300, 300), "a list with no height (hidden)").toBeNull();
  });

  it("looks at a handful of cards on a long list, not at every one", () => {
    const { edgesOf, looked } = stacked(92);
    expect(sightRange(2_000, edgesOf, 100_000, 100_600, 3)).toEqual([997, 1_008]);
    expect(looked.length).toBeLessThan(30);
  });

  it("takes a card cut by an edge as in sight", () => {
    const { edgesOf } = stacked(92);
    // Card 1 spans 100–192: a screen from 150 to 160 shows a slice of it.
    expect(sightRange(20, edgesOf, 150, 160, 0)).toEqual([1, 1]);
  });
});
