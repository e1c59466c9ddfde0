import {
  type ControlState,
  controlDocName,
  peopleMap,
  readControl,
  totalsMap,
  type VoteUsage,
  votingMap,
} from "@roundtable/shared";
import type * as Y from "yjs";
import { boardLanes, countedBoardTotals, votingProgress } from "./boardVotes";
import type { BoardFacts } from "./writePolicy";

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
 * Also publishes into the control document how far each person is through their votes (counts
 * only, always), and the vote totals while, and only while, they are revealed.
 */
export class BoardControls implements BoardFacts {
  private readonly cache = new Map<string, ControlState>();
  private readonly publishDue = new Set<string>();

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
    return boardLanes(boardId, this.docs).laneOf;
  }

  /** After the facilitator changed the control document (the budget, the reveal, ...). */
  controlChanged(boardId: string): void {
    this.cache.delete(boardId);
    this.schedulePublish(boardId);
  }

  /** After a participant changed their votes: their progress, and the totals if revealed. */
  votesChanged(boardId: string): void {
    this.schedulePublish(boardId);
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
    // Someone new on the roster has not voted yet: the progress lists them with their budget.
    this.schedulePublish(boardId);
  }

  /** Forgets a board nobody is on; its state is read again from storage when needed. */
  forget(boardId: string): void {
    this.cache.delete(boardId);
  }

  /** Everyone's votes as they count, revealed or not: for the server and the facilitator only. */
  currentTotals(boardId: string): Record<string, number> {
    return countedBoardTotals(boardId, this.docs, this.control(boardId).votes);
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

  /** Brings the published progress in line with everyone's votes and the budget. */
  syncProgress(boardId: string): void {
    const control = this.control(boardId);
    const wanted = votingProgress(boardId, this.docs, control.votes, Object.keys(control.people));
    const same = (a: unknown, b: VoteUsage) => {
      const old = a as Partial<VoteUsage> | null;
      return old?.used === b.used && old.left === b.left && old.over === b.over;
    };
    this.docs.changeControl(boardId, (doc) => {
      const voting = votingMap(doc);
      for (const id of [...voting.keys()]) if (!(id in wanted)) voting.delete(id);
      for (const [id, usage] of Object.entries(wanted)) {
        if (!same(voting.get(id), usage)) voting.set(id, { ...usage });
      }
    });
    this.cache.delete(boardId);
  }

  /** Once per burst of changes, after the change that caused it is stored and sent. */
  private schedulePublish(boardId: string): void {
    if (this.publishDue.has(boardId)) return;
    this.publishDue.add(boardId);
    setImmediate(() => {
      this.publishDue.delete(boardId);
      try {
        this.syncProgress(boardId);
        this.syncTotals(boardId);
      } catch (error) {
        // The votes are stored; the next change or reveal publishes them again.
        this.onError(boardId, error);
      }
    });
  }
}
