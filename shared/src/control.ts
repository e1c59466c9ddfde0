import type * as Y from "yjs";
import { BoardOpError } from "./errors";
import type { VoteUsage } from "./voteBudget";

// The control document of a board: facilitator-controlled state. Only the facilitator's
// connection may write it (the server refuses anyone else); the server itself writes the
// roster of people, how far each person is through their votes (counts, never which items) and,
// once the facilitator reveals them, the vote totals.

/** The only root types a control document may hold. */
export const CONTROL_ROOT_NAMES = ["control", "totals", "people", "voting"] as const;

export const PHASES = ["write", "cluster", "vote", "review"] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_NAMES: Readonly<Record<Phase, string>> = {
  write: "Write",
  cluster: "Cluster",
  vote: "Vote",
  review: "Review",
};

export const CONTROL_FIELDS = {
  phase: "phase",
  /** Participants may not change the board while it is locked. */
  locked: "locked",
  /** New notes stay on each participant's laptop until this is turned off (the reveal). */
  privateWriting: "privateWriting",
  /** End of the countdown in the server's clock (ms), so laptops with wrong clocks agree. */
  timerEndsAt: "timerEndsAt",
  timerDurationMs: "timerDurationMs",
  timerChime: "timerChime",
  voteBudget: "voteBudget",
  /** When true the budget applies to each priority (lane) separately. */
  votesPerLane: "votesPerLane",
  votesRevealed: "votesRevealed",
} as const;

export const DEFAULT_VOTE_BUDGET = 5;
export const MAX_VOTE_BUDGET = 50;
/** Longest countdown the facilitator may set. */
export const MAX_TIMER_MINUTES = 180;

export type Timer = { endsAt: number; durationMs: number; chime: boolean };

export type VoteSettings = { budget: number; perLane: boolean };

export type ControlState = {
  phase: Phase;
  locked: boolean;
  privateWriting: boolean;
  timer: Timer | null;
  votes: VoteSettings & { revealed: boolean };
  /** Vote totals per note or cluster id; null while they are hidden. */
  totals: Readonly<Record<string, number>> | null;
  /** Names of the people who joined, by participant id. */
  people: Readonly<Record<string, string>>;
  /** How many votes each person placed and has left, by participant id; never which items. */
  voting: Readonly<Record<string, VoteUsage>>;
};

export function controlMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("control");
}

export function totalsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("totals");
}

export function peopleMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("people");
}

/** Participant id → `{used, left, over}`, written by the server as votes and settings change. */
export function votingMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>("voting");
}

export function isPhase(value: unknown): value is Phase {
  return typeof value === "string" && (PHASES as readonly string[]).includes(value);
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

export function isVoteBudget(value: unknown): value is number {
  return isCount(value) && value >= 1 && value <= MAX_VOTE_BUDGET;
}

function readTimer(control: Y.Map<unknown>): Timer | null {
  const endsAt = control.get(CONTROL_FIELDS.timerEndsAt);
  const durationMs = control.get(CONTROL_FIELDS.timerDurationMs);
  if (typeof endsAt !== "number" || !Number.isFinite(endsAt)) return null;
  return {
    endsAt,
    durationMs: isCount(durationMs) ? durationMs : 0,
    chime: control.get(CONTROL_FIELDS.timerChime) === true,
  };
}

function readNumbers(map: Y.Map<unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [id, value] of map) if (isCount(value) && value > 0) out[id] = value;
  return out;
}

function readVoting(map: Y.Map<unknown>): Record<string, VoteUsage> {
  const out: Record<string, VoteUsage> = {};
  for (const [id, value] of map) {
    if (typeof value !== "object" || value === null) continue;
    const { used, left, over } = value as Record<string, unknown>;
    if (isCount(used) && isCount(left) && isCount(over)) out[id] = { used, left, over };
  }
  return out;
}

/** Reads the control document tolerantly: anything missing or malformed takes its default. */
export function readControl(doc: Y.Doc): ControlState {
  const control = controlMap(doc);
  const phase = control.get(CONTROL_FIELDS.phase);
  const budget = control.get(CONTROL_FIELDS.voteBudget);
  const revealed = control.get(CONTROL_FIELDS.votesRevealed) === true;
  const people: Record<string, string> = {};
  for (const [id, name] of peopleMap(doc)) if (typeof name === "string") people[id] = name;
  return {
    phase: isPhase(phase) ? phase : "write",
    locked: control.get(CONTROL_FIELDS.locked) === true,
    privateWriting: control.get(CONTROL_FIELDS.privateWriting) === true,
    timer: readTimer(control),
    votes: {
      budget: isVoteBudget(budget) ? budget : DEFAULT_VOTE_BUDGET,
      perLane: control.get(CONTROL_FIELDS.votesPerLane) === true,
      revealed,
    },
    totals: revealed ? readNumbers(totalsMap(doc)) : null,
    people,
    voting: readVoting(votingMap(doc)),
  };
}

function set(doc: Y.Doc, entries: Record<string, unknown>): void {
  doc.transact(() => {
    const control = controlMap(doc);
    for (const [key, value] of Object.entries(entries)) {
      if (value === undefined) control.delete(key);
      else if (control.get(key) !== value) control.set(key, value);
    }
  }, "local");
}

export function setPhase(doc: Y.Doc, phase: Phase): void {
  if (!isPhase(phase)) throw new BoardOpError("invalid-input", `unknown phase ${String(phase)}`);
  set(doc, { [CONTROL_FIELDS.phase]: phase });
}

export function setLocked(doc: Y.Doc, locked: boolean): void {
  set(doc, { [CONTROL_FIELDS.locked]: locked === true });
}

export function setPrivateWriting(doc: Y.Doc, on: boolean): void {
  set(doc, { [CONTROL_FIELDS.privateWriting]: on === true });
}

/** Starts a countdown of `minutes`, ending at `serverNow` + minutes in the server's clock. */
export function startTimer(doc: Y.Doc, minutes: number, serverNow: number, chime: boolean): void {
  if (!(typeof minutes === "number" && minutes > 0 && minutes <= MAX_TIMER_MINUTES)) {
    throw new BoardOpError(
      "invalid-input",
      `the timer takes between 0 and ${MAX_TIMER_MINUTES} minutes`,
    );
  }
  const durationMs = Math.round(minutes * 60_000);
  set(doc, {
    [CONTROL_FIELDS.timerEndsAt]: serverNow + durationMs,
    [CONTROL_FIELDS.timerDurationMs]: durationMs,
    [CONTROL_FIELDS.timerChime]: chime === true,
  });
}

export function stopTimer(doc: Y.Doc): void {
  set(doc, {
    [CONTROL_FIELDS.timerEndsAt]: undefined,
    [CONTROL_FIELDS.timerDurationMs]: undefined,
  });
}

export function setVoteSettings(doc: Y.Doc, settings: Partial<VoteSettings>): void {
  if (settings.budget !== undefined && !isVoteBudget(settings.budget)) {
    throw new BoardOpError(
      "invalid-input",
      `a vote budget is a whole number from 1 to ${MAX_VOTE_BUDGET}`,
    );
  }
  set(doc, {
    ...(settings.budget !== undefined && { [CONTROL_FIELDS.voteBudget]: settings.budget }),
    ...(settings.perLane !== undefined && { [CONTROL_FIELDS.votesPerLane]: settings.perLane }),
  });
}

export function setVotesRevealed(doc: Y.Doc, revealed: boolean): void {
  set(doc, { [CONTROL_FIELDS.votesRevealed]: revealed === true });
}

/** Milliseconds left on the timer, given the server's clock now; 0 once it has run out. */
export function timeLeft(timer: Timer | null, serverNow: number): number {
  if (!timer) return 0;
  return Math.max(0, timer.endsAt - serverNow);
}
