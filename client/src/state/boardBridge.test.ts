import {
  addNote,
  createCluster,
  deleteNote,
  dissolveCluster,
  editNoteText,
  moveCluster,
  moveNote,
  readBoard,
  removeNoteFromCluster,
  renameBoard,
  renameCluster,
  renameLane,
  restoreNote,
  setNoteColor,
} from "@roundtable/shared";
import { afterEach, describe, expect, it } from "vitest";
import { readBoardRecords } from "../sync/boardReader";
import { inTransaction, newBoardDoc, replicaOf, sendChanges } from "../sync/testDocs";
import { followBoardInStore, withoutOthersEmptyNotes } from "./boardBridge";
import { initialBoardStore, reconcile, useBoardStore } from "./boardStore";

type Doc = ReturnType<typeof newBoardDoc>;

let stop: () => void = () => undefined;
afterEach(() => stop());

/** Binds `doc` to a fresh store, counting how often every record is read. */
function bind(doc: Doc): { fullReads: () => number } {
  useBoardStore.setState(initialBoardStore, true);
  let reads = 0;
  stop = followBoardInStore(doc, null, (d) => {
    reads++;
    return readBoardRecords(d);
  });
  return { fullReads: () => reads };
}

/** The store's board part as a full read of `doc` gives it. */
function fullReadOf(doc: Doc) {
  return reconcile(initialBoardStore, withoutOthersEmptyNotes(readBoard(doc), null));
}

function boardPart() {
  const { people, othersOnNote, connection, canUndo, canRedo, loaded, ...part } =
    useBoardStore.getState();
  return part;
}

function boardWith(count: number): { doc: Doc; ids: string[] } {
  const doc = newBoardDoc();
  const ids: string[] = [];
  inTransaction(doc, () => {
    for (let i = 0; i < count; i++) ids.push(addNote(doc, { lane: "p1", text: `note ${i}` }));
  });
  return { doc, ids };
}

describe("the board bridge", () => {
  it("replaces only the edited note and reads nothing else of the board", () => {
    const { doc, ids } = boardWith(20);
    const { fullReads } = bind(doc);
    const before = useBoardStore.getState();
    editNoteText(doc, ids[3] as string, "note 3, edited");
    const after = useBoardStore.getState();
    expect(after.notes[ids[3] as string]?.text).toBe("note 3, edited");
    for (const id of ids) if (id !== ids[3]) expect(after.notes[id]).toBe(before.notes[id]);
    expect(after.noteIdsByLane).toBe(before.noteIdsByLane);
    expect(after.shownNoteIdsByLane).toBe(before.shownNoteIdsByLane);
    expect(after.lanes).toBe(before.lanes);
    expect(after.priorVotes).toBe(before.priorVotes);
    expect(fullReads()).toBe(1);
  });

  it("leaves the store untouched by a transaction that changes nothing", () => {
    const { doc, ids } = boardWith(3);
    bind(doc);
    const before = useBoardStore.getState();
    inTransaction(doc, () => undefined);
    editNoteText(doc, ids[0] as string, "note 0");
    setNoteColor(doc, ids[1] as string, before.notes[ids[1] as string]?.color ?? "");
    expect(useBoardStore.getState()).toBe(before);
  });

  it("shows someone else's note once it holds a word", () => {
    const { doc } = boardWith(1);
    bind(doc);
    const id = addNote(doc, { lane: "p2", author: "someone" });
    expect(useBoardStore.getState().notes[id]).toBeUndefined();
    editNoteText(doc, id, "a word");
    expect(useBoardStore.getState().noteIdsByLane.p2).toEqual([id]);
  });

  it("matches a full read after a seeded run of local and remote changes", () => {
    const { doc } = boardWith(6);
    const other = replicaOf(doc);
    bind(doc);
    let seed = 16;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const lanes = ["inbox", "p1", "p2", "p3"];
    const pick = <T>(items: readonly T[]): T | undefined => items[random(items.length)];
    const step = (on: Doc) => {
      const board = readBoard(on);
      const note = pick(board.notes)?.id;
      const cluster = pick(board.clusters);
      const lane = pick(lanes) as string;
      const trashed = [...on.getMap("trash").keys()];
      switch (random(12)) {
        case 0:
          return addNote(on, { lane, text: random(3) === 0 ? "" : `new ${seed}` });
        case 1:
          return note && editNoteText(on, note, `edited ${seed}`);
        case 2:
          return note && moveNote(on, note, { lane, index: random(4) });
        case 3: {
          const members = board.notes.filter(() => random(3) === 0).map((n) => n.id);
          return members.length > 0 && createCluster(on, { lane, noteIds: members, title: "g" });
        }
        case 4:
          return cluster && dissolveCluster(on, cluster.id);
        case 5:
          return note && removeNoteFromCluster(on, note);
        case 6:
          return note && deleteNote(on, note);
        case 7:
          return trashed[0] !== undefined && restoreNote(on, trashed[0]);
        case 8:
          return cluster && moveCluster(on, cluster.id, { lane });
        case 9:
          return cluster && renameCluster(on, cluster.id, `named ${seed}`);
        case 10:
          return random(2)
            ? renameBoard(on, `board ${seed}`)
            : renameLane(on, lane, { title: `l${seed}` });
        default:
          return note && setNoteColor(on, note, random(2) ? "#bfdbfe" : "#fde68a");
      }
    };
    for (let i = 0; i < 300; i++) {
      if (random(3) === 0) {
        step(other);
        sendChanges(other, doc);
      } else {
        step(doc);
        if (random(4) === 0) sendChanges(doc, other);
      }
      expect(boardPart()).toEqual(fullReadOf(doc));
    }
  });
});
