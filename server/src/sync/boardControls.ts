import {
  type ControlState,
  controlDocName,
  peopleMap,
  readBoard,
  readControl,
  readVotes,
  sumVotes,
  totalsMap,
  votesDocPrefix,
} from "@roundtable/shared";
import type * as Y from "yjs";
import type { BoardFacts } from "./writePolicy";

/** Everyone's votes on a board added up, read through `read` from the documents `docNames` lists. */
export function sumBoardVotes(
  boardId: string,
  docNames: (prefix: string) => string[],
  read: <T>(docName: string, read: (doc: Y.Doc) => T) => T,
): Record<string, number> {
  return sumVotes(docNames(votesDocPrefix(boardId)).map((name) => read(name, readVotes)));
}

/** How the controls reach documents: through a loaded room, or storage when none is. */
export type DocAccess = {
  read<T>(docName: string, read: (doc: Y.Doc) => T): T;
  /** Changes a control document as the server: stored, then sent to everyone on it. */
  changeControl(boardId: string, change: (doc: Y.Doc) => void): void;
  docNames(prefix: string): string[];
};

/**
 * The facilitator-controlled state of each board, as the server enforces it. Every change to
 * a control document passes through this process, so a cached copy stays true until the next
 * change: a participant's note edit costs one map lookup to learn whether the board is locked.
 * Also publishes vote totals into the control document while, and only while, they are revealed.
 */
export class BoardControls implements BoardFacts {
  private readonly cache = new Map<string, ControlState>();
  private readonly totalsDue = new Set<string>();

  constructor(
    private readonly docs: DocAccess,
    private readonly onError: (boardId: string, error: unknown) => void,
  ) {}

  control(boardId: string): ControlState {
    let state = this.cache.get(boardId);
    if (!state) {
      state = this.docs.read(controlDocName(boardId), readControl);
      this.cache.set(boardId, state);
    }
    return state;
  }

  laneOf(boardId: string): (itemId: string) => string | undefined {
    const lanes = this.docs.read(boardId, (doc) => {
      const board = readBoard(doc);
      const byId = new Map<string, string>();
      for (const note of board.notes) byId.set(note.id, note.lane);
      for (const cluster of board.clusters) byId.set(cluster.id, cluster.lane);
      return byId;
    });
    return (itemId) => lanes.get(itemId);
  }

  /** After the facilitator changed the control document. */
  controlChanged(boardId: string): void {
    this.cache.delete(boardId);
    this.scheduleTotals(boardId);
  }

  /** After a participant changed their votes. */
  votesChanged(boardId: string): void {
    if (this.control(boardId).votes.revealed) this.scheduleTotals(boardId);
  }

  /** Adds a person to the board's roster, which everyone on the board reads. */
  addPerson(boardId: string, participantId: string, name: string): void {
    this.addPeople(boardId, { [participantId]: name });
  }

  /** Adds names to the roster for ids it does not know yet (authors of imported notes). */
  addPeople(boardId: string, names: Readonly<Record<string, string>>, keepKnown = false): void {
    this.docs.changeControl(boardId, (doc) => {
      const people = peopleMap(doc);
      for (const [id, name] of Object.entries(names)) {
        if (!(keepKnown && people.has(id)) && people.get(id) !== name) people.set(id, name);
      }
    });
    this.cache.delete(boardId);
  }

  /** Forgets a board nobody is on; its state is read again from storage when needed. */
  forget(boardId: string): void {
    this.cache.delete(boardId);
  }

  /** Everyone's votes added up, revealed or not: for the server and the facilitator only. */
  currentTotals(boardId: string): Record<string, number> {
    return sumBoardVotes(boardId, this.docs.docNames, this.docs.read);
  }

  /** Brings the published totals in line with the votes: all of them when revealed, none when not. */
  syncTotals(boardId: string): void {
    const wanted = this.control(boardId).votes.revealed ? this.currentTotals(boardId) : {};
    this.docs.changeControl(boardId, (doc) => {
      const totals = totalsMap(doc);
      for (const id of [...totals.keys()]) if (!(id in wanted)) totals.delete(id);
      for (const [id, count] of Object.entries(wanted)) {
        if (totals.get(id) !== count) totals.set(id, count);
      }
    });
    this.cache.delete(boardId);
  }

  /** Once per burst of changes, after the change that caused it is stored and sent. */
  private scheduleTotals(boardId: string): void {
    if (this.totalsDue.has(boardId)) return;
    this.totalsDue.add(boardId);
    setImmediate(() => {
      this.totalsDue.delete(boardId);
      try {
        this.syncTotals(boardId);
      } catch (error) {
        // The votes are stored; the next change or reveal publishes them again.
        this.onError(boardId, error);
      }
    });
  }
}
