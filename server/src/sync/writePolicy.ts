import {
  type ControlState,
  checkVotes,
  isVoteCount,
  rawVotes,
  readVotes,
  type VoteSettings,
} from "@roundtable/shared";
import * as Y from "yjs";
import type { Access } from "./access";
import type { WriteVerdict } from "./liveDocument";
import { noteTextTooLong } from "./noteTexts";
import { closeCode } from "./protocol";
import { writesUnderRoot } from "./rootWrites";
import { removesOthersTrash } from "./trashWrites";
import type { CheckedUpdate } from "./updateCheck";

/** What the policy needs to know about a board beyond the document being written. */
export type BoardFacts = {
  control(boardId: string): ControlState;
  /** The lane of each note and cluster, for budgets per priority. */
  laneOf(boardId: string): (itemId: string) => string | undefined;
};

const allowed: WriteVerdict = { ok: true };

function refuse(reason: string): WriteVerdict {
  return { ok: false, code: closeCode.forbidden, reason };
}

/**
 * Whether applying `update` would change `doc`. A client that only echoes what the server has
 * (every stock provider does on connect) writes nothing, so it is never refused.
 */
export function changesDoc(update: Uint8Array, doc: Y.Doc): boolean {
  return !Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}

/** The votes `doc` would hold with `update` applied, on a scratch copy (votes are tiny). */
function votesAfter(update: Uint8Array, doc: Y.Doc): Map<string, unknown> {
  const scratch = new Y.Doc();
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
    Y.applyUpdate(scratch, update);
    return rawVotes(scratch);
  } finally {
    scratch.destroy();
  }
}

/** True when some item, or the whole, gains votes: lowering a budget never traps old votes. */
function addsVotes(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>) {
  for (const [id, value] of after) {
    if (value > (before.get(id) ?? 0)) return true;
  }
  return false;
}

/**
 * A count the update writes that is not a whole number of at least 0, if any. A malformed
 * count stored before (by an older server) is left alone and counts as none, so it never
 * blocks its owner's own votes.
 */
function writtenMalformed(
  before: ReadonlyMap<string, unknown>,
  after: ReadonlyMap<string, unknown>,
): { found: true; value: unknown } | null {
  for (const [id, value] of after) {
    if (!isVoteCount(value) && !Object.is(value, before.get(id))) return { found: true, value };
  }
  return null;
}

function wellFormed(votes: ReadonlyMap<string, unknown>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, value] of votes) if (isVoteCount(value)) out.set(id, value);
  return out;
}

function permitVotes(
  access: Access,
  update: Uint8Array,
  doc: Y.Doc,
  facts: BoardFacts,
): WriteVerdict {
  const control = facts.control(access.boardId);
  if (control.locked) return refuse("the board is locked");
  if (control.phase !== "vote") return refuse("voting is closed");
  const rawAfter = votesAfter(update, doc);
  const malformed = writtenMalformed(rawVotes(doc), rawAfter);
  if (malformed) {
    return {
      ok: false,
      code: closeCode.malformedMessage,
      reason: `a vote count must be a whole number of 0 or more, not ${String(malformed.value).slice(0, 40)}`,
    };
  }
  const after = wellFormed(rawAfter);
  const settings: VoteSettings = control.votes;
  const laneOf = settings.perLane ? facts.laneOf(access.boardId) : () => undefined;
  const verdict = checkVotes(after, settings, laneOf);
  if (verdict.ok || !addsVotes(readVotes(doc), after)) return allowed;
  return refuse(verdict.reason);
}

/** The board document's root only the facilitator (and the server) writes: the title lives there. */
const FACILITATOR_ROOT = "meta";

/**
 * Decides whether a connection may apply a (decoded, well-formed) update to its document.
 * The cheap questions come first: a participant writing an unlocked board costs one lookup,
 * then one look at each item the update brings (is it under `meta`?), and, while the trash
 * holds someone else's note, one more at each item and deletion (does it take that note out?).
 */
export function permitWrite(
  access: Access,
  checked: CheckedUpdate,
  doc: Y.Doc,
  facts: BoardFacts,
): WriteVerdict {
  const { update } = checked;
  if (access.kind === "board") {
    // Any writer's, the facilitator's too: the app never writes a longer note.
    const tooLong = noteTextTooLong(checked, doc);
    if (tooLong) return { ok: false, code: closeCode.malformedMessage, reason: tooLong };
  }
  if (access.role === "viewer") {
    return changesDoc(update, doc) ? refuse("this link is read-only") : allowed;
  }
  switch (access.kind) {
    case "board":
      if (access.role === "facilitator") return allowed;
      if (facts.control(access.boardId).locked) {
        return changesDoc(update, doc) ? refuse("the board is locked") : allowed;
      }
      if (writesUnderRoot(checked, doc, FACILITATOR_ROOT)) {
        return refuse("only the facilitator can change the board's title");
      }
      return removesOthersTrash(checked, doc, access.participantId)
        ? refuse("only its author or the facilitator can restore a deleted note")
        : allowed;
    case "control":
      if (access.role === "facilitator") return allowed;
      return changesDoc(update, doc) ? refuse("only the facilitator can change this") : allowed;
    case "votes":
      return changesDoc(update, doc) ? permitVotes(access, update, doc, facts) : allowed;
  }
}
