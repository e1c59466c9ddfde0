import type * as Y from "yjs";
import type { VoteSettings } from "./control";
import { BoardOpError } from "./errors";

// A votes document holds one participant's dots: item (note or cluster) id → count. Only that
// participant writes it and only the server reads it; the server checks every change against
// the budget and publishes totals once the facilitator reveals them. Totals are added up with
// `sumCountedVotes` (voteBudget.ts), which leaves out votes over a lowered budget.

/** The only root types a votes document may hold. */
export const VOTES_ROOT_NAMES = ["votes"] as const;

export function votesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("votes");
}

/** Votes as written, including malformed values, so a check can refuse them. */
export function rawVotes(doc: Y.Doc): Map<string, unknown> {
  return new Map(votesMap(doc).entries());
}

/** One's own votes: item id → a positive whole count. */
export function readVotes(doc: Y.Doc): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, value] of votesMap(doc)) {
    if (typeof value === "number" && Number.isInteger(value) && value > 0) out.set(id, value);
  }
  return out;
}

/** A vote count as stored: a whole number of at least 0 (0 is a taken-back vote). */
export function isVoteCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

export type VoteCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a participant's votes fit the settings. `laneOf` names the lane of a note or
 * cluster, or undefined for an item the board does not hold (such votes still count).
 */
export function checkVotes(
  votes: ReadonlyMap<string, unknown>,
  settings: VoteSettings,
  laneOf: (itemId: string) => string | undefined,
): VoteCheck {
  const perLane = new Map<string, number>();
  let total = 0;
  for (const [id, value] of votes) {
    if (!isVoteCount(value)) {
      return { ok: false, reason: `a vote count must be a whole number, not ${String(value)}` };
    }
    total += value;
    const lane = laneOf(id) ?? "";
    perLane.set(lane, (perLane.get(lane) ?? 0) + value);
  }
  if (!settings.perLane && total > settings.budget) {
    return { ok: false, reason: `vote budget exceeded: ${total} of ${settings.budget}` };
  }
  if (settings.perLane) {
    for (const count of perLane.values()) {
      if (count > settings.budget) {
        return {
          ok: false,
          reason: `vote budget exceeded in a priority: ${count} of ${settings.budget}`,
        };
      }
    }
  }
  return { ok: true };
}

/** Votes still free for an item in `lane` (the whole budget's rest unless budgets are per lane). */
export function votesLeft(
  votes: ReadonlyMap<string, number>,
  settings: VoteSettings,
  laneOf: (itemId: string) => string | undefined,
  lane: string,
): number {
  let used = 0;
  for (const [id, count] of votes) {
    if (!settings.perLane || laneOf(id) === lane) used += count;
  }
  return Math.max(0, settings.budget - used);
}

function change(doc: Y.Doc, itemId: string, delta: number): void {
  if (typeof itemId !== "string" || itemId === "") {
    throw new BoardOpError("invalid-input", "a vote needs a note or cluster id");
  }
  const current = readVotes(doc).get(itemId) ?? 0;
  const next = current + delta;
  if (next < 0) throw new BoardOpError("invalid-input", "there is no vote to take back");
  doc.transact(() => {
    if (next === 0) votesMap(doc).delete(itemId);
    else votesMap(doc).set(itemId, next);
  }, "local");
}

export function castVote(doc: Y.Doc, itemId: string): void {
  change(doc, itemId, 1);
}

export function retractVote(doc: Y.Doc, itemId: string): void {
  change(doc, itemId, -1);
}
