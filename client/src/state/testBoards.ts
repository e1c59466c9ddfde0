import type { BoardState, Cluster, Note } from "@roundtable/shared";
import { type BoardStore, initialBoardStore, reconcile } from "./boardStore";

/** Small boards for tests: notes and clusters in the Unsorted, p1 and p2 lanes. */
export const testNote = (
  id: string,
  lane: string,
  cluster: string | null = null,
  text = `Text of ${id}`,
): Note => ({
  id,
  text,
  lane,
  cluster,
  order: id,
  color: "#fde68a",
  author: null,
  createdAt: 1,
  priorVotes: null,
});

export const testCluster = (id: string, lane: string, title = `Title ${id}`): Cluster => ({
  id,
  title,
  lane,
  order: id,
  priorVotes: null,
});

export const testBoard = (notes: Note[], clusters: Cluster[] = []): BoardState => ({
  title: "LRT",
  createdAt: 1,
  schemaVersion: 1,
  lanes: [
    { id: "inbox", title: "Unsorted", subtitle: "", order: "a0" },
    { id: "p1", title: "Priority one", subtitle: "", order: "a1" },
    { id: "p2", title: "Priority two", subtitle: "", order: "a2" },
  ],
  notes,
  clusters,
});

/** The store as the bridge would fill it for `board`, after `previous`. */
export function storeFor(board: BoardState, previous: BoardStore = initialBoardStore): BoardStore {
  return { ...previous, ...reconcile(previous, board) };
}

/**
 * p1: cluster j (empty), cluster k (b, d), then a and c in no cluster; p2: cluster m (e);
 * Unsorted: x. Clusters and notes come sorted, as readBoard gives them.
 */
export const sampleBoard = (): BoardState =>
  testBoard(
    [
      testNote("a", "p1"),
      testNote("b", "p1", "k"),
      testNote("c", "p1"),
      testNote("d", "p1", "k"),
      testNote("e", "p2", "m"),
      testNote("x", "inbox"),
    ],
    [testCluster("j", "p1"), testCluster("k", "p1"), testCluster("m", "p2")],
  );
