/** The boards the bench opens: one shape (lanes, clusters) at three sizes, imported as JSON. */
import { createBoardVia } from "../../server/src/testing/clients";
import {
  allTexts,
  asJsonExport,
  type BigBoardLane,
  bigBoard,
  type CreatedBoard,
  importJson,
} from "../fixtures/bigBoard";

export type BoardSize = 10 | 500 | 2_000;

export const BASE_SIZE: BoardSize = 10;

/**
 * Notes per lane (Unsorted, Priority one … four) and per cluster: the big board of the browser
 * tests, and the same lanes scaled down. Each priority holds two clusters, so every size renders
 * cluster cards as well as loose notes; Unsorted has no clusters, so its first card is a note.
 */
const SHAPES: Record<BoardSize, { perLane: number[]; perCluster: number }> = {
  10: { perLane: [2, 2, 2, 2, 2], perCluster: 1 },
  500: { perLane: [130, 95, 105, 90, 80], perCluster: 8 },
  2000: { perLane: [520, 380, 420, 360, 320], perCluster: 8 },
};

export type BenchBoard = {
  size: BoardSize;
  created: CreatedBoard;
  lanes: BigBoardLane[];
  /** Each lane's note count, in board order. */
  laneCounts: number[];
};

export async function importBoard(serverUrl: string, size: BoardSize): Promise<BenchBoard> {
  const { perLane, perCluster } = SHAPES[size];
  const lanes = bigBoard(perLane, perCluster);
  const laneCounts = lanes.map((lane) => allTexts(lane).length);
  const total = laneCounts.reduce((a, b) => a + b, 0);
  if (total !== size) throw new Error(`the ${size}-note board's lanes hold ${total} notes`);
  const created = await createBoardVia(serverUrl, `Bench board of ${size} notes`);
  await importJson(serverUrl, created, asJsonExport(created.title, lanes));
  const stored = (await (await fetch(`${serverUrl}/api/boards/${created.id}`)).json()) as {
    notes?: number;
  };
  if (stored.notes !== size) {
    throw new Error(`the server holds ${stored.notes} notes after importing ${size}`);
  }
  return { size, created, lanes, laneCounts };
}
