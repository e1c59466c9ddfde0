/** What one lane holds, for fitting: its clusters' note counts, and its notes in no cluster. */
export type LaneLoad = { clusters: readonly number[]; loose: number };

/** How one lane is laid out: columns of tiles, and its share of the width in pixels. */
export type LaneFit = { columns: number; width: number };

export type RoomFit = {
  /** The notes' text size in CSS pixels. */
  fontPx: number;
  /** How many lines of a note show before it is cut (the rest on focus or click). */
  lines: number;
  /** A tile's height in pixels, lines and padding included. */
  tileHeight: number;
  lanes: LaneFit[];
};

export type RoomArea = {
  width: number;
  height: number;
  /** Pixels between lanes, and between tiles in a lane. */
  gap?: number;
  /** The height a lane's heading takes, and a cluster's heading row. */
  headingHeight?: number;
  /** The narrowest a lane gets, even an empty one, so its title reads. */
  minLaneWidth?: number;
  /** The largest and smallest text tried. */
  maxFontPx?: number;
  minFontPx?: number;
};

const LINE_HEIGHT = 1.3;
/** About how many characters a tile fits on a line: tiles narrower than this read badly. */
const CHARACTERS_PER_LINE = 16;
const CHARACTER_WIDTH = 0.55;

/** Rows a lane needs with `columns` tiles to a row: a heading row per cluster, then its notes. */
function rowsFor(load: LaneLoad, columns: number): { tiles: number; headings: number } {
  let tiles = Math.ceil(load.loose / columns);
  for (const notes of load.clusters) tiles += Math.ceil(notes / columns);
  return { tiles, headings: load.clusters.length };
}

function tileHeightFor(fontPx: number, lines: number): number {
  return Math.ceil(lines * LINE_HEIGHT * fontPx + 0.5 * fontPx);
}

/**
 * Lays a board out to fit one screen: the largest text (from `maxFontPx` down) at which every
 * lane's notes fit in the height, in as many columns as they need, with the lanes side by side
 * within the width. Two lines of a note show (three when the text is small enough to allow it
 * and there is room); a lane's width follows how much it holds. When even the smallest text does
 * not fit, the smallest is used and the lanes scroll.
 */
export function fitRoom(lanes: readonly LaneLoad[], area: RoomArea): RoomFit {
  const gap = area.gap ?? 8;
  const headingHeight = area.headingHeight ?? 40;
  const minLaneWidth = area.minLaneWidth ?? 165;
  const maxFont = area.maxFontPx ?? 30;
  const minFont = area.minFontPx ?? 12;
  const innerHeight = area.height - headingHeight;

  const attempt = (fontPx: number, lines: number): RoomFit | null => {
    const tileHeight = tileHeightFor(fontPx, lines);
    const tileWidth = Math.ceil(CHARACTERS_PER_LINE * CHARACTER_WIDTH * fontPx);
    const clusterHeading = Math.ceil(fontPx * 1.9);
    const fits: LaneFit[] = [];
    for (const load of lanes) {
      const notes = load.loose + load.clusters.reduce((sum, count) => sum + count, 0);
      let columns = 1;
      for (; columns <= Math.max(1, notes); columns++) {
        const rows = rowsFor(load, columns);
        const height = rows.tiles * (tileHeight + gap) + rows.headings * (clusterHeading + gap);
        if (height <= innerHeight) break;
      }
      if (columns > Math.max(1, notes)) return null;
      const width = notes === 0 ? 0 : columns * (tileWidth + gap) + gap;
      fits.push({ columns, width: Math.max(minLaneWidth, width) });
    }
    const needed = fits.reduce((sum, lane) => sum + lane.width, 0) + gap * (lanes.length - 1);
    if (needed > area.width) return null;
    // Share what is left in proportion to what each lane needs.
    const spare = area.width - needed;
    const total = needed - gap * (lanes.length - 1) || 1;
    return {
      fontPx,
      lines,
      tileHeight,
      lanes: fits.map((lane) => ({
        columns: lane.columns,
        width: Math.floor(lane.width + (spare * lane.width) / total),
      })),
    };
  };

  for (let fontPx = maxFont; fontPx >= minFont; fontPx--) {
    const fit = attempt(fontPx, 3) ?? attempt(fontPx, 2);
    if (fit) return fit;
  }
  const fallback = attempt(minFont, 1);
  if (fallback) return fallback;
  // Too much for one screen even so: the smallest text, as many columns as fit, and scrolling.
  const share = Math.floor((area.width - gap * (lanes.length - 1)) / Math.max(1, lanes.length));
  const tileWidth = Math.ceil(CHARACTERS_PER_LINE * CHARACTER_WIDTH * minFont);
  return {
    fontPx: minFont,
    lines: 1,
    tileHeight: tileHeightFor(minFont, 1),
    lanes: lanes.map(() => ({
      columns: Math.max(1, Math.floor(share / (tileWidth + gap))),
      width: share,
    })),
  };
}
