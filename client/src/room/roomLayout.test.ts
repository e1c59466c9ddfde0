import { describe, expect, it } from "vitest";
import { fitRoom, type LaneLoad } from "./roomLayout";

const projector = { width: 1880, height: 880 };
const empty: LaneLoad = { clusters: [], loose: 0 };

/** The height the fitted lane takes: its heading, cluster headings and rows of tiles. */
function usedHeight(load: LaneLoad, columns: number, fontPx: number, tileHeight: number) {
  let rows = Math.ceil(load.loose / columns);
  for (const notes of load.clusters) rows += Math.ceil(notes / columns);
  return 40 + rows * (tileHeight + 8) + load.clusters.length * (Math.ceil(fontPx * 1.9) + 8);
}

describe("fitting a board to one screen", () => {
  it("gives a few notes large text", () => {
    const fit = fitRoom([{ clusters: [], loose: 6 }, empty, empty, empty, empty], projector);
    expect(fit.fontPx).toBe(30);
  });

  it("fits 150 notes in one lane at a readable size, the lane taking the width the others leave", () => {
    const lanes = [{ clusters: [], loose: 150 }, empty, empty, empty, empty];
    const fit = fitRoom(lanes, projector);
    // 13 px text on a projector, in lines 17 px apart: the spotlight enlarges any lane.
    expect(fit.fontPx).toBeGreaterThanOrEqual(13);
    const [first] = fit.lanes;
    expect(first?.columns).toBeGreaterThan(1);
    expect(
      usedHeight(lanes[0] as LaneLoad, first?.columns ?? 1, fit.fontPx, fit.tileHeight),
    ).toBeLessThanOrEqual(projector.height);
    const widths = fit.lanes.reduce((sum, lane) => sum + lane.width, 0) + 4 * 8;
    expect(widths).toBeLessThanOrEqual(projector.width);
    expect(first?.width).toBeGreaterThan(fit.lanes[1]?.width ?? 0);
  });

  it("fits 150 notes spread over lanes and clusters", () => {
    const lanes: LaneLoad[] = [
      { clusters: [8, 6], loose: 20 },
      { clusters: [5, 5, 5], loose: 10 },
      { clusters: [12], loose: 24 },
      { clusters: [], loose: 30 },
      { clusters: [4], loose: 21 },
    ];
    const fit = fitRoom(lanes, projector);
    expect(fit.fontPx).toBeGreaterThanOrEqual(14);
    lanes.forEach((load, at) => {
      const lane = fit.lanes[at];
      expect(usedHeight(load, lane?.columns ?? 1, fit.fontPx, fit.tileHeight)).toBeLessThanOrEqual(
        projector.height,
      );
    });
  });

  it("falls back to the smallest text and many columns when nothing fits", () => {
    const fit = fitRoom([{ clusters: [], loose: 5000 }], { width: 400, height: 300 });
    expect(fit.fontPx).toBe(12);
    expect(fit.lines).toBe(1);
  });
});
