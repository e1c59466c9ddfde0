import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  controlMap,
  DEFAULT_VOTE_BUDGET,
  peopleMap,
  readControl,
  setLocked,
  setPhase,
  setVoteSettings,
  setVotesRevealed,
  startTimer,
  stopTimer,
  timeLeft,
  totalsMap,
  votingMap,
} from "./control";
import { isBoardOpError } from "./errors";

describe("control document", () => {
  it("reads defaults from an empty document", () => {
    expect(readControl(new Y.Doc())).toEqual({
      phase: "write",
      locked: false,
      privateWriting: false,
      timer: null,
      votes: { budget: DEFAULT_VOTE_BUDGET, perLane: false, revealed: false },
      totals: null,
      people: {},
      voting: {},
    });
  });

  it("ignores malformed values another program wrote", () => {
    const doc = new Y.Doc();
    controlMap(doc).set("phase", "party");
    controlMap(doc).set("locked", "yes");
    controlMap(doc).set("voteBudget", -3);
    controlMap(doc).set("timerEndsAt", "soon");
    peopleMap(doc).set("p1", 42);
    votingMap(doc).set("p1", { used: 2, left: -1, over: 0 });
    votingMap(doc).set("p2", 3);
    votingMap(doc).set("p3", { used: 2, left: 3, over: 0 });
    const state = readControl(doc);
    expect(state.phase).toBe("write");
    expect(state.locked).toBe(false);
    expect(state.votes.budget).toBe(DEFAULT_VOTE_BUDGET);
    expect(state.timer).toBeNull();
    expect(state.people).toEqual({});
    expect(state.voting).toEqual({ p3: { used: 2, left: 3, over: 0 } });
  });

  it("moves phases, locks and sets vote settings", () => {
    const doc = new Y.Doc();
    setPhase(doc, "vote");
    setLocked(doc, true);
    setVoteSettings(doc, { budget: 3, perLane: true });
    const state = readControl(doc);
    expect(state.phase).toBe("vote");
    expect(state.locked).toBe(true);
    expect(state.votes).toEqual({ budget: 3, perLane: true, revealed: false });
  });

  it("refuses an unknown phase and a budget out of range, leaving the document as it was", () => {
    const doc = new Y.Doc();
    const attempt = (action: () => void) => {
      try {
        action();
        return null;
      } catch (error) {
        return isBoardOpError(error) ? error.code : "other";
      }
    };
    expect(attempt(() => setPhase(doc, "party" as "write"))).toBe("invalid-input");
    expect(attempt(() => setVoteSettings(doc, { budget: 0 }))).toBe("invalid-input");
    expect(attempt(() => setVoteSettings(doc, { budget: 2.5 }))).toBe("invalid-input");
    expect(controlMap(doc).size).toBe(0);
  });

  it("shows totals only once votes are revealed", () => {
    const doc = new Y.Doc();
    totalsMap(doc).set("n1", 4);
    expect(readControl(doc).totals).toBeNull();
    setVotesRevealed(doc, true);
    expect(readControl(doc).totals).toEqual({ n1: 4 });
  });

  it("keeps the timer's end in the server's clock", () => {
    const doc = new Y.Doc();
    startTimer(doc, 5, 1_000_000, true);
    const { timer } = readControl(doc);
    expect(timer).toEqual({ endsAt: 1_300_000, durationMs: 300_000, chime: true });
    expect(timeLeft(timer, 1_100_000)).toBe(200_000);
    expect(timeLeft(timer, 2_000_000)).toBe(0);
    stopTimer(doc);
    expect(readControl(doc).timer).toBeNull();
    expect(() => startTimer(doc, 0, 0, false)).toThrow(/timer/);
  });
});
