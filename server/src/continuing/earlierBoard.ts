import {
  DEFAULT_LANES,
  type GlossaryEntry,
  MAX_SUBTITLE,
  MAX_TITLE,
  type Note,
  readBoard,
  readGlossary,
  readSteps,
  type Step,
} from "@roundtable/shared";
import * as Y from "yjs";
import { DocumentDamaged, isCorruption } from "../storage/faults";
import type { Storage, TemplateLane } from "../storage/storage";
import { loadPieces, storedPieces } from "../storage/storedLoad";
import type { Rooms } from "../sync/rooms";
import { clip } from "./clip";

/** A note of the earlier board, as it comes over: no lane, no cluster, no votes. */
export type CarriedNote = {
  id: string;
  text: string;
  color: string;
  author: string | null;
  createdAt: number | null;
};

/** What a new board takes from the board it continues, read once from that board as it is now. */
export type EarlierBoard = {
  id: string;
  /** Its lanes' titles and subtitles (the lanes every board has, by their fixed ids). */
  lanes: TemplateLane[];
  /** Its open steps, oldest first. */
  steps: Step[];
  /** Every note, in the room's order: lane by lane, each cluster's notes, then loose ones. */
  notes: CarriedNote[];
  /** Defined terms and the ones marked fine. */
  glossary: GlossaryEntry[];
};

/** The earlier board's stored data is damaged: copying it could carry the damage over. */
export class EarlierBoardDamaged extends DocumentDamaged {
  constructor(boardId: string) {
    super(boardId);
    this.message =
      "the board to continue has damaged stored data, so it cannot be copied; nothing was created";
  }
}

const LANE_IDS = new Set(DEFAULT_LANES.map((lane) => lane.id));

/** What comes over from the board document `doc` (the board `id`). */
export function readEarlierBoard(doc: Y.Doc, id: string): EarlierBoard {
  const state = readBoard(doc);
  const lanes = state.lanes
    .filter((lane) => LANE_IDS.has(lane.id))
    .map((lane) => ({
      id: lane.id,
      title: clip(lane.title, MAX_TITLE) || lane.id,
      subtitle: clip(lane.subtitle, MAX_SUBTITLE),
    }));
  const byCluster = new Map<string, Note[]>();
  for (const note of state.notes) {
    if (note.cluster === null) continue;
    const notes = byCluster.get(note.cluster);
    if (notes) notes.push(note);
    else byCluster.set(note.cluster, [note]);
  }
  // readBoard places every note in a lane it has (else the inbox) and sorts notes and clusters.
  const inRoomOrder = state.lanes.flatMap((lane) => [
    ...state.clusters
      .filter((cluster) => cluster.lane === lane.id)
      .flatMap((cluster) => byCluster.get(cluster.id) ?? []),
    ...state.notes.filter((note) => note.lane === lane.id && note.cluster === null),
  ]);
  const notes = inRoomOrder.map(({ id, text, color, author, createdAt }) => ({
    id,
    text,
    color,
    author,
    createdAt,
  }));
  return {
    id,
    lanes,
    steps: readSteps(doc).filter((step) => !step.done),
    notes,
    glossary: [...readGlossary(doc).values()],
  };
}

/**
 * The board `boardId` as it is now, read from its live room when it has one, else from storage
 * (as exports read it). Storage that says its rows are damaged, or a stored state that does not
 * load whole, throws EarlierBoardDamaged (503 board-damaged) rather than copying what is left;
 * storage that fails to answer throws its own error (503 storage-failed).
 */
export function loadEarlierBoard(rooms: Rooms, storage: Storage, boardId: string): EarlierBoard {
  const live = rooms.loaded(boardId);
  if (live) {
    if (live.document.isDamaged) throw new EarlierBoardDamaged(boardId);
    return readEarlierBoard(live.doc, boardId);
  }
  let stored: ReturnType<Storage["loadDoc"]>;
  try {
    stored = storage.loadDoc(boardId);
  } catch (error) {
    if (isCorruption(error)) throw new EarlierBoardDamaged(boardId);
    throw error;
  }
  if (stored.damaged?.length) throw new EarlierBoardDamaged(boardId);
  const { pieces, origins } = storedPieces(stored);
  const { doc, damaged } = loadPieces(() => new Y.Doc(), pieces, origins, null);
  try {
    if (damaged.length > 0) throw new EarlierBoardDamaged(boardId);
    return readEarlierBoard(doc, boardId);
  } finally {
    doc.destroy();
  }
}
